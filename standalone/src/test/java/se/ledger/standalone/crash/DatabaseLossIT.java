package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import se.ledger.standalone.processes.ChildLedger;
import se.ledger.standalone.processes.LedgerWrites;
import se.ledger.standalone.processes.Writers;

/** The ledger's PostgreSQL dies under load: the ledger says so at once, brings it back, and loses nothing. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("crash")
class DatabaseLossIT {

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
    void aKilledPostmasterIsRestartedAndRequestsMeanwhileAnswer503() throws InterruptedException {
        ledger = new ChildLedger(dataDir, "postmaster").start();
        var http = ledger.http();
        var activities = List.of("a0", "a1", "a2", "a3");
        var everyActivity = List.of("a0", "a1", "a2", "a3", "probe");
        LedgerWrites.plan(http, "p", everyActivity);
        writers = new Writers(http, activities).start();
        await().atMost(Duration.ofMinutes(1)).until(() -> writers.acknowledgedCount() >= 20);

        var postmaster = ledger.postmaster().orElseThrow();
        postmaster.destroyForcibly(); // SIGKILL, as the kernel's OOM killer would

        // the ledger answers again without anyone restarting it
        var probes = new AtomicInteger();
        var probePosition = new AtomicLong();
        await("a write succeeding after the kill").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    String text = "prov-" + probes.incrementAndGet();
                    var answer = LedgerWrites.comment(http, "probe", text, text);
                    if (answer.ok()) {
                        probePosition.set(answer.json().get("position").asLong());
                    }
                    return answer.ok();
                });
        assertThat(ledger.postmaster()).get().isNotEqualTo(postmaster);
        int acknowledgedAtRecovery = writers.acknowledgedCount();
        await().atMost(Duration.ofMinutes(1)).until(() -> writers.acknowledgedCount() >= acknowledgedAtRecovery + 20);
        writers.stop();

        // meanwhile: fast, honest refusals, never a 500 and never a hang
        assertThat(writers.failures()).isNotEmpty().allSatisfy(failure -> {
            assertThat(failure.status()).as(failure.toString()).isEqualTo(503);
            assertThat(failure.contentType()).as(failure.toString()).startsWith("application/problem+json");
            assertThat(failure.retryAfter()).as(failure.toString()).isNotBlank();
        });
        // nothing acknowledged lost, nothing retried stored twice
        var stored = LedgerWrites.storedComments(ledger.database());
        assertThat(writers.attempts().keySet()).containsExactlyInAnyOrderElementsOf(writers.acknowledged().keySet());
        writers.acknowledged().keySet().forEach(key -> assertThat(stored.get(key)).as(key).isEqualTo(1L));
        // the projection resumed by itself, and skipped nothing while the database was away
        await("the projection past the probe").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("revisor", "/api/activities/probe/events?minPosition=" + probePosition.get())
                        .status() == 200);
        long last = Math.max(probePosition.get(), writers.acknowledged().values().stream().mapToLong(p -> p).max()
                .orElseThrow());
        String asOf = Projections.asOf(http, last);
        var live = Projections.answers(http, everyActivity, last, asOf);
        Projections.rebuild(http);
        assertThat(Projections.answers(http, everyActivity, last, asOf)).isEqualTo(live);
    }
}
