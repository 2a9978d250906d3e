package se.ledger.proof.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** transparency-dev/merkle's verification probes: every happy path holds, every mangled one is refused. */
class ProbeVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> inclusionProbes() throws Exception {
        return probes("inclusion").map(probe -> DynamicTest.dynamicTest(probe.name, () -> {
            var p = probe.json;
            Runnable check = () -> ProofCheck.inclusion(p.get("leafIdx").asLong(), p.get("treeSize").asLong(),
                    hash(p.get("leafHash")), hashes(p.get("proof")), hash(p.get("root")));
            expect(p, check);
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyProbes() throws Exception {
        return probes("consistency").map(probe -> DynamicTest.dynamicTest(probe.name, () -> {
            var p = probe.json;
            Runnable check = () -> ProofCheck.consistency(p.get("size1").asLong(), p.get("size2").asLong(),
                    hash(p.get("root1")), hash(p.get("root2")), hashes(p.get("proof")));
            expect(p, check);
        }));
    }

    private static void expect(JsonNode probe, Runnable check) {
        // one probe ("sizes are equal (one) and proof is empty") holds 12-byte roots that a
        // byte-comparing verifier accepts; a value that is not SHA-256 is refused here, deliberately
        boolean notSha256 = probe.findValues("root1").stream().anyMatch(ProbeVectorsTest::notSha256);
        if (probe.get("wantErr").asBoolean() || notSha256) {
            assertThatThrownBy(check::run).as(probe.get("desc").asText())
                    .isInstanceOfAny(ProofFailure.class, IllegalArgumentException.class);
        } else {
            check.run();
        }
    }

    private static boolean notSha256(JsonNode node) {
        return !node.isNull() && java.util.Base64.getDecoder().decode(node.asText()).length != Hash.SIZE;
    }

    /** A value that is not a SHA-256 value at all (a probe's garbage) fails like a wrong one. */
    private static Hash hash(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ProofFailure("no value");
        }
        try {
            return Hash.fromBase64(node.asText());
        } catch (IllegalArgumentException e) {
            throw new ProofFailure(e.getMessage());
        }
    }

    private static List<Hash> hashes(JsonNode node) {
        var out = new ArrayList<Hash>();
        if (node != null && !node.isNull()) {
            node.forEach(element -> out.add(hash(element)));
        }
        return out;
    }

    private record Probe(String name, JsonNode json) {
    }

    private static Stream<Probe> probes(String kind) throws IOException, URISyntaxException {
        var root = Path.of(ProbeVectorsTest.class.getResource("/transparency-dev/testdata/" + kind).toURI());
        var found = new ArrayList<Probe>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                found.add(new Probe(root.relativize(file).toString(), JSON.readTree(file.toFile())));
            }
        }
        assertThat(found).hasSizeGreaterThan(50);
        return found.stream();
    }
}
