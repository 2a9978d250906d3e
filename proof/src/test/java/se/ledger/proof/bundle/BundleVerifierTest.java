package se.ledger.proof.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledger.proof.leaf.TextCommitment;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.MemoryNodes;
import se.ledger.proof.merkle.MerkleTree;
import se.ledger.proof.note.Checkpoint;
import se.ledger.proof.note.NoteSigner;

/** A bundle built as the ledger builds one, then read back and checked as an auditor would, offline. */
class BundleVerifierTest {

    private static final byte[] SALT = new byte[32];
    private final NoteSigner signer = NoteSigner.generate("test.example");

    @Test
    void canVerifyAnUntouchedBundleThroughTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bevispaket.zip");
        try (var out = Files.newOutputStream(file)) {
            bundle().write(out);
        }
        var printed = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(file, signer.verifier().verifierKey(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), null);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("VERIFIERAT").doesNotContain("FEL");
        assertThat(exit).isZero();
    }

    @Test
    void cannotVerifyAChangedTextAnotherKeyOrAMissingEvent() throws Exception {
        var bundle = roundTrip(bundle());
        assertThat(BundleVerifier.verify(bundle, signer.verifier().verifierKey()).ok()).isTrue();

        var events = new ArrayList<>(bundle.events());
        var first = events.get(0);
        events.set(0, first.withPayload(first.payload().replace("Klart", "Klar!"), first.salts(), first.redacted()));
        var changed = BundleVerifier.verify(withEvents(bundle, events), null);
        assertThat(changed.ok()).isFalse();
        assertThat(changed.lines()).anySatisfy(line -> assertThat(line).contains("e0").contains("ingår inte"));

        assertThat(BundleVerifier.verify(bundle, NoteSigner.generate("test.example").verifier().verifierKey()).ok())
                .isFalse();
        var reordered = new ArrayList<>(bundle.events());
        java.util.Collections.swap(reordered, 0, 1);
        assertThat(BundleVerifier.verify(withEvents(bundle, reordered), null).ok()).isFalse();
    }

    @Test
    void cannotVerifyABundleThatLeavesOutAnEventTheReceiptSealed() throws Exception {
        var bundle = bundle();
        var fewer = new ArrayList<>(bundle.events());
        fewer.remove(2);
        var verified = BundleVerifier.verify(withEvents(bundle, fewer), null);
        assertThat(verified.ok()).isFalse();
        assertThat(verified.lines()).anySatisfy(line -> assertThat(line).contains("4 av planens händelser")
                .contains("saknas"));
        assertThat(BundleVerifier.verify(bundle, null).lines()).anySatisfy(line -> assertThat(line)
                .startsWith("Kvitto: rapportens 5 händelser är alla med"));
    }

    @Test
    void canVerifyTheSealedStateOnlyWhenTheRebuiltPlanGivesTheSameDigest() throws Exception {
        var bundle = bundle();
        var same = BundleVerifier.verify(bundle, null, b -> "sha256:tillstand");
        assertThat(same.ok()).isTrue();
        assertThat(same.lines()).anySatisfy(line -> assertThat(line).contains("återskapat").contains("stämmer"));

        var other = BundleVerifier.verify(bundle, null, b -> "sha256:annat");
        assertThat(other.ok()).isFalse();
        assertThat(other.lines()).anySatisfy(line -> assertThat(line).contains("sha256:annat")
                .contains("förseglade sha256:tillstand"));

        var broken = BundleVerifier.verify(bundle, null, b -> {
            throw new IllegalArgumentException("okänd händelsetyp X");
        });
        assertThat(broken.ok()).isFalse();
        assertThat(broken.lines()).anySatisfy(line -> assertThat(line).contains("okänd händelsetyp X"));
    }

    @Test
    void canVerifyARedactedTextByItsCommitmentAlone() throws Exception {
        var bundle = bundle();
        var events = new ArrayList<>(bundle.events());
        var first = events.get(0);
        String commitment = TextCommitment.of(SALT, "Klart").committed();
        events.set(0, first.withPayload(first.payload().replace("\"Klart\"", "null"), Map.of(),
                Map.of("text", commitment)));
        assertThat(BundleVerifier.verify(withEvents(bundle, events), null).lines()).contains("VERIFIERAT");
    }

    private ProofBundle bundle() {
        var nodes = new MemoryNodes();
        var raw = new ArrayList<BundleEvent>();
        for (int i = 0; i < 5; i++) {
            var event = new BundleEvent(i, "e" + i, "ACTIVITY", "a1", i, "CommentAdded", "1",
                    "2022-03-0" + (i + 1) + "T10:00:00.000Z", "{\"text\":\"Klart\",\"planId\":\"p\",\"n\":" + i + "}",
                    Map.of("text", Base64.getEncoder().encodeToString(SALT)), Map.of(), List.of(), (long) i + 1);
            nodes.append(event.leaf().leafHash());
            raw.add(event);
        }
        var tree = new MerkleTree(nodes);
        var events = raw.stream().map(e -> e.withAuditPath(tree.inclusion(e.leafIndex(), 5).stream().map(Hash::base64)
                .toList())).toList();
        var checkpoint = new Checkpoint("test.example", 5, tree.root(5));
        var manifest = new BundleManifest(BundleManifest.FORMAT, "test.example", "p", "r1", "Delårsrapport",
                "2022-04-01T00:00:00Z", "2022-03-31", 5, tree.root(5).base64(), "sha256:tillstand",
                signer.sign("test.example\nkvitto\nplan p\nrapport r1\nasOf 2022-04-01T00:00:00Z\nvalidAt 2022-03-31"
                        + "\ntillstånd sha256:tillstand\n" + se.ledger.proof.leaf.PlanEvents.of(events.stream()
                                .map(e -> e.leaf().leafHash()).toList()).line()
                        + "\nkontrollpunkt 5 " + tree.root(5).base64() + "\n"));
        return new ProofBundle(manifest, checkpoint.sign(signer), signer.verifier().verifierKey(), events);
    }

    private static ProofBundle withEvents(ProofBundle bundle, List<BundleEvent> events) {
        return new ProofBundle(bundle.manifest(), bundle.checkpointNote(), bundle.verifierKey(), events);
    }

    private static ProofBundle roundTrip(ProofBundle bundle) throws Exception {
        var bytes = new ByteArrayOutputStream();
        bundle.write(bytes);
        return ProofBundle.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
