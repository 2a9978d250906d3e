package se.ledger.standalone.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.ledger.proof.note.NoteSigner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import se.ledger.standalone.processes.ChildLedger;
import se.ledger.standalone.processes.DebianPostgres;
import se.ledger.standalone.processes.HttpLedger;
import se.ledger.standalone.processes.LedgerWrites;
import se.ledger.standalone.processes.Writers;

/**
 * Two ledger nodes (separate JVMs) on one real PostgreSQL primary with a synchronous streaming
 * replica, configured with both hosts from the start: they share writes and the projection's
 * segments, one survives the other's SIGKILL, and both go on after the primary is stopped and the
 * replica promoted, without a restart. Runs with every {@code mvn verify}; alone:
 * {@code mvn -B -pl standalone -am verify -Dsurefire.groups=multinode}.
 */
@Tag("multinode")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("crash")
class MultiNodeIT {

    private static final List<String> WRITTEN = IntStream.range(0, 6).mapToObj(i -> "w" + i).toList();
    private static final int WRITES_BETWEEN_STEPS = 20;

    @TempDir
    Path folder;

    private ReplicatedPostgres postgres;
    private ChildLedger nodeA;
    private ChildLedger nodeB;
    private Writers writers;

    @AfterEach
    void stopEverything() {
        if (writers != null) {
            writers.close();
        }
        for (var node : new ChildLedger[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareOnePrimaryAndOutliveANodeKillAndAFailover() throws Exception {
        postgres = ReplicatedPostgres.start(DebianPostgres.binariesOrSkip(), folder);
        nodeA = node("node-a").launch();
        nodeB = node("node-b").launch();
        nodeA.awaitAnswering();
        nodeB.awaitAnswering();
        var a = nodeA.http();
        var b = nodeB.http();

        // writes through both nodes, each read on the other
        LedgerWrites.plan(a, "p", List.of("race", "w0", "w1", "w2", "w3", "w4", "w5"));
        long onB = LedgerWrites.comment(b, "race", "via B", null).json().get("position").asLong();
        assertThat(comments(a, "race", onB)).containsExactly("via B");
        long onA = LedgerWrites.comment(a, "race", "via A", null).json().get("position").asLong();
        assertThat(comments(b, "race", onA)).containsExactly("via B", "via A");
        await("both nodes holding segments").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Segments.owners(postgres.ledgerDatabase()))
                        .containsOnlyKeys("node-a", "node-b"));

        // racing writers on one entity across the nodes
        long version = LedgerWrites.comment(a, "race", "base", null).json().get("version").asLong();
        var versioned = Races.race(List.of(a, b), (node, i) -> node.postIfMatch("chef", "/api/activities/race/comments",
                "{'text':'if-match " + i + "','effectiveDate':'2022-06-30'}", version));
        assertThat(versioned).extracting(HttpLedger.Answer::status).containsExactlyInAnyOrder(200, 409);
        assertThat(versioned).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(loser -> assertThat(loser.contentType()).startsWith("application/problem+json"));
        // the winner's version is the current one on either node, whichever wrote last
        long next = versioned.stream().filter(HttpLedger.Answer::ok).findFirst().orElseThrow().json().get("version")
                .asLong();
        for (var node : List.of(b, a, b)) {
            var answer = node.postIfMatch("chef", "/api/activities/race/comments",
                    "{'text':'next " + next + "','effectiveDate':'2022-06-30'}", next);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            next = answer.json().get("version").asLong();
        }
        var free = Races.race(List.of(a, b, a, b, a, b, a, b), (node, i) -> LedgerWrites.comment(node, "race",
                "free " + i, null));
        assertThat(free).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(free).extracting(answer -> answer.json().get("version").asLong()).doesNotHaveDuplicates();
        assertThat(LedgerWrites.storedComments(postgres.ledgerDatabase()))
                .containsKeys("free 0", "free 1", "free 2", "free 3", "free 4", "free 5", "free 6", "free 7")
                .allSatisfy((text, copies) -> assertThat(copies).as(text).isEqualTo(1L));

        // careful clients on both nodes while the primary is stopped and the replica promoted
        writers = new Writers(List.of(a, b), WRITTEN, "k").start();
        awaitMoreWrites();
        postgres.failOver();
        awaitMoreWrites();
        long afterA = writeOnceAccepted(a, "after failover A");
        long afterB = writeOnceAccepted(b, "after failover B");
        assertThat(comments(a, "race", afterB)).contains("after failover A", "after failover B");
        assertThat(comments(b, "race", afterA)).contains("after failover A");

        // one node killed under load: the other takes over its segments and its clients
        awaitMoreWrites();
        nodeA.kill();
        awaitMoreWrites();
        await("node-b holding every segment").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Segments.owners(postgres.ledgerDatabase()))
                        .containsOnlyKeys("node-b").containsEntry("node-b", 4L));
        writers.stop();

        assertThat(writers.failures()).allSatisfy(f -> assertThat(f.status()).as(f.toString()).isIn(0, 503));
        var acknowledged = writers.acknowledged();
        var stored = LedgerWrites.storedComments(postgres.ledgerDatabase());
        stored.keySet().removeIf(text -> !text.startsWith("k"));
        assertThat(stored).as("each acknowledged comment stored exactly once on the promoted server, nothing else")
                .containsOnlyKeys(acknowledged.keySet())
                .allSatisfy((key, copies) -> assertThat(copies).as(key).isEqualTo(1L));
        long last = acknowledged.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        for (int writer = 0; writer < WRITTEN.size(); writer++) {
            String prefix = "k" + writer + "-";
            assertThat(comments(b, WRITTEN.get(writer), last)).as("read on the surviving node")
                    .containsExactlyInAnyOrderElementsOf(acknowledged.keySet().stream()
                            .filter(key -> key.startsWith(prefix)).toList());
        }
    }

    private ChildLedger node(String id) {
        return new ChildLedger(folder.resolve(id), id, List.of("--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=ledger", "--ledger.projection.node-id=" + id,
                "--ledger.projection.segments=4", "--ledger.proof.private-key=" + KEY));
    }

    /** Nodes of one ledger sign with one key (KeyRegistry stops a node with another). */
    private static final String KEY = NoteSigner.generate("multinode.test").privateKey();

    /** The node's pool reconnects by itself; until then the write is answered 503 (or not at all). */
    private static long writeOnceAccepted(HttpLedger node, String text) {
        return await("a write through each node after the failover").atMost(Duration.ofMinutes(1))
                .until(() -> LedgerWrites.comment(node, "race", text, text.replace(' ', '-')), HttpLedger.Answer::ok)
                .json().get("position").asLong();
    }

    private void awaitMoreWrites() {
        int before = writers.acknowledgedCount();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> writers.acknowledgedCount() >= before + WRITES_BETWEEN_STEPS);
    }

    /** The texts of an activity's comments, read once the node's projection has the position. */
    private static List<String> comments(HttpLedger node, String activity, long position) {
        String path = "/api/activities/" + activity + "/events?minPosition=" + position;
        JsonNode events = await(path).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> node.get("revisor", path), answer -> answer.status() == 200).json();
        return StreamSupport.stream(events.spliterator(), false)
                .filter(event -> event.path("type").asText().equals("CommentAdded"))
                .map(event -> event.path("data").path("text").asText()).toList();
    }
}
