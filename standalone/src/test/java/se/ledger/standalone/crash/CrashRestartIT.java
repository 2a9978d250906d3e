package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import se.ledger.standalone.processes.ChildLedger;
import se.ledger.standalone.processes.LedgerWrites;

/** The standalone ledger as a separate process: killed outright, it starts again at the first try. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("crash")
class CrashRestartIT {

    @TempDir
    Path dataDir;

    private ChildLedger ledger;

    @AfterEach
    void stopEverything() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void afterKill9TheFirstStartAnswersWithEveryAcknowledgedWrite() {
        ledger = new ChildLedger(dataDir, "kill9").start();
        var http = ledger.http();
        LedgerWrites.plan(http, "p", List.of("a"));
        var acknowledged = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var answer = LedgerWrites.comment(http, "a", "Kommentar " + i, null);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            acknowledged.add(answer.json().get("eventId").asText());
        }

        ledger.kill();
        // what a crash leaves behind: the JVM is gone, its PostgreSQL still runs on the data directory
        assertThat(ledger.postmaster()).isPresent();

        ledger.start();
        var stored = ledger.database().sql("SELECT eventidentifier FROM public.domainevententry")
                .query(String.class).list();
        assertThat(stored).containsAll(acknowledged);
        var after = LedgerWrites.comment(http, "a", "Efter omstarten", null);
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json().get("version").asLong()).isEqualTo(6);
    }

    @Test
    void sigtermStopsTheEmbeddedPostgres() {
        ledger = new ChildLedger(dataDir, "sigterm").start();
        var postmaster = ledger.postmaster().orElseThrow();

        ledger.terminate();

        await("postmaster " + postmaster.pid() + " stopped").atMost(Duration.ofSeconds(30))
                .until(() -> !postmaster.isAlive());
        assertThat(ledger.postgresProcesses()).isEmpty();
        // the server stops after the ledger's own work, not beside it: nothing of the ledger's loses its database
        assertThat(ledger.logTail()).as("a clean stop").doesNotContain("Exception", "Connection refused")
                .contains("server stopped");
    }
}
