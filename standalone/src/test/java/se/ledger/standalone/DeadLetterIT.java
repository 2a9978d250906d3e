package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handler that fails on one event does not stop the projection: the event is dead-lettered with
 * the database's error, the other entities' events are projected, the health check counts the
 * letters, and an administrator's retry projects it once the cause is gone. The failure is a real
 * one in PostgreSQL: a trigger refuses the event's row, as a constraint or a bug would.
 */
class DeadLetterIT extends LedgerTestBase {

    @Autowired
    JdbcClient jdbc;

    private String marker;
    /** The sequences (activities) this test may park: only these are counted, and cleared afterwards. */
    private final List<String> ownSequences = new ArrayList<>();

    /** Leaves the shared context as it found it, also when an assertion failed half-way. */
    @AfterEach
    void removeTheFaultAndOurLetters() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_marker ON query.event_log").update();
        for (String sequence : ownSequences) {
            if (!lettersOf(sequence).isEmpty()) {
                api.post("admin", "/api/admin/dead-letters/" + sequence + "/retry", "");
            }
        }
        assertThat(ownSequences).allSatisfy(sequence -> assertThat(lettersOf(sequence)).as(sequence).isEmpty());
    }

    @Test
    void aFailingEventIsDeadLetteredTheOthersAreProjectedAndARetryProjectsIt() {
        givenPlan();
        String goal = goal("g", "");
        String sick = activity("sjuk", goal, "2022-01-01");
        String healthy = activity("frisk", goal, "2022-01-01");
        ownSequences.addAll(List.of(sick, healthy));
        refuseEventsWithText(marker = "gift-" + plan);

        long poison = write("chef", "/api/activities/" + sick + "/comments",
                "{'text':'" + marker + "','effectiveDate':'2022-05-31'}").get("position").asLong();
        status(sick, "ON_TRACK", null, "2022-06-30");
        status(healthy, "ON_TRACK", null, "2022-06-30");

        // the read waits for the last position and gets it: the dead letter does not hold the token back
        var activities = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities");
        assertThat(find(activities, "id", healthy).get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(find(activities, "id", sick).get("status").asText()).isNotEqualTo("ON_TRACK");

        var letters = await().atMost(Duration.ofSeconds(20))
                .until(() -> lettersOf(sick), l -> l.size() == 2);
        var first = letters.get(0);
        assertThat(first.get("eventType").asText()).isEqualTo("CommentAdded");
        assertThat(first.get("processingGroup").asText()).isEqualTo("plan-projection");
        assertThat(first.get("aggregateId").asText()).isEqualTo(sick);
        assertThat(first.get("position").asLong()).isEqualTo(poison);
        assertThat(first.get("causeType").asText()).isEqualTo("org.postgresql.util.PSQLException");
        assertThat(first.get("causeMessage").asText()).contains("refused for test");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("enqueuedAt").asText()).isNotBlank();
        // Axon keeps an entity's events in order: its later status waits behind the failed comment
        var parked = letters.get(1);
        assertThat(parked.get("eventType").asText()).isEqualTo("ActivityStatusChanged");
        assertThat(parked.get("causeType").isNull()).isTrue();
        assertThat(parked.get("sequenceIndex").asLong()).isGreaterThan(first.get("sequenceIndex").asLong());

        var forbidden = api.get("chef", "/api/admin/dead-letters");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        var health = api.get("admin", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("DEAD_LETTERS");
        // other tests' letters may count too; ours are two
        assertThat(health.json().at("/components/deadLetters/details/count").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(lettersOf(healthy)).isEmpty();
        assertThat(api.get("revisor", "/actuator/health").json().at("/components/deadLetters/details").isMissingNode())
                .isTrue();

        var stillFailing = api.post("admin", "/api/admin/dead-letters/" + first.get("id").asText() + "/retry", "");
        assertThat(stillFailing.status()).as(stillFailing.body()).isEqualTo(200);
        assertThat(stillFailing.json().get("succeeded").asBoolean()).isFalse();
        assertThat(lettersOf(sick).get(0).get("attempts").asInt()).isEqualTo(2);

        jdbc.sql("DROP TRIGGER refuse_marker ON query.event_log").update();
        var retried = api.post("admin", "/api/admin/dead-letters/" + sick + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("sequenceIdentifier").asText()).isEqualTo(sick);
        assertThat(retried.json().get("succeeded").asBoolean()).isTrue();
        assertThat(retried.json().get("remainingInSequence").asLong()).isZero();
        assertThat(lettersOf(sick)).isEmpty();
        var trail = read("/api/activities/" + sick + "/events");
        assertThat(trail).extracting(e -> e.get("type").asText())
                .containsExactly("ActivityPlanned", "CommentAdded", "ActivityStatusChanged");
        var now = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities");
        assertThat(find(now, "id", sick).get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(find(now, "id", sick).get("latestComment").get("text").asText()).isEqualTo(marker);
        // UP once no letters are left, whosever they were
        boolean noneLeft = api.get("admin", "/api/admin/dead-letters").json().isEmpty();
        assertThat(api.get("admin", "/actuator/health").json().at("/components/deadLetters/status").asText())
                .isEqualTo(noneLeft ? "UP" : "DEAD_LETTERS");
    }

    @Test
    void retryingAnUnknownLetterIsProblemJson404() {
        var response = api.post("admin", "/api/admin/dead-letters/no-such-letter/retry", "");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private void refuseEventsWithText(String text) {
        jdbc.sql("CREATE OR REPLACE FUNCTION query.refuse_marker() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'event % refused for test', NEW.event_id; END $$").update();
        jdbc.sql("CREATE TRIGGER refuse_marker BEFORE INSERT ON query.event_log FOR EACH ROW"
                + " WHEN (NEW.value->>'text' = '" + text + "') EXECUTE FUNCTION query.refuse_marker()").update();
    }

    private List<JsonNode> lettersOf(String sequence) {
        var response = api.get("admin", "/api/admin/dead-letters");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var letters = new ArrayList<JsonNode>();
        response.json().forEach(l -> {
            if (l.get("sequenceIdentifier").asText().equals(sequence)) {
                letters.add(l);
            }
        });
        return letters;
    }
}
