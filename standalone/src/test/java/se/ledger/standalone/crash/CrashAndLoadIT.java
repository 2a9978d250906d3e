package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import se.ledger.standalone.processes.ChildLedger;
import se.ledger.standalone.processes.LedgerWrites;
import se.ledger.standalone.processes.Writers;

/**
 * Eight careful clients write while the ledger is killed (SIGKILL) three times and started
 * again: every acknowledged comment is stored exactly once, a retried one too, and the projection
 * equals a rebuild from the event store. Takes a few minutes; runs with every {@code mvn verify}.
 */
@Tag("crash")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("crash")
class CrashAndLoadIT {

    private static final int WRITES_BETWEEN_KILLS = 30;

    @TempDir
    Path dataDir;

    private ChildLedger ledger;
    private Writers writers;

    @AfterEach
    void stopEverything() {
        if (writers != null) {
            writers.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void eightWritersThroughThreeKillsLoseNothingAndStoreNothingTwice() throws InterruptedException {
        ledger = new ChildLedger(dataDir, "load").start();
        var http = ledger.http();
        var activities = IntStream.range(0, 8).mapToObj(i -> "a" + i).toList();
        LedgerWrites.plan(http, "p", activities);
        writers = new Writers(http, activities).start();
        for (int kill = 1; kill <= 3; kill++) {
            awaitMoreWrites();
            ledger.kill();
            ledger.start();
        }
        awaitMoreWrites();
        writers.stop();

        // while the ledger was down the clients got no answer; while it ran, successes or 503s
        assertThat(writers.failures()).allSatisfy(f -> assertThat(f.status()).as(f.toString()).isIn(0, 503));
        var acknowledged = writers.acknowledged();
        var stored = LedgerWrites.storedComments(ledger.database());
        assertThat(stored).as("each acknowledged comment stored exactly once, nothing else stored")
                .containsOnlyKeys(acknowledged.keySet())
                .allSatisfy((key, copies) -> assertThat(copies).as(key).isEqualTo(1L));
        var retried = writers.attempts().entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(retried).isNotEmpty().allSatisfy(key -> assertThat(stored.get(key)).as(key).isEqualTo(1L));

        long last = acknowledged.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        String asOf = Projections.asOf(http, last);
        var live = Projections.answers(http, activities, last, asOf);
        activities.forEach(a -> assertThat(StreamSupport.stream(live.get(a).spliterator(), false)
                .filter(event -> event.path("type").asText().equals("CommentAdded")).count()).as(a)
                .isEqualTo(acknowledged.keySet().stream().filter(k -> k.startsWith("w" + a.substring(1) + "-")).count()));
        Projections.rebuild(http);
        assertThat(Projections.answers(http, activities, last, asOf)).isEqualTo(live);
    }

    private void awaitMoreWrites() {
        int before = writers.acknowledgedCount();
        await().atMost(Duration.ofMinutes(2)).until(() -> writers.acknowledgedCount() >= before + WRITES_BETWEEN_KILLS);
    }
}
