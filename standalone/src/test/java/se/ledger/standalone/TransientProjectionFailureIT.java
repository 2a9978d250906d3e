package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A serialization failure (SQL state 40001, as PostgreSQL answers a conflicting concurrent
 * transaction) is no fault of the event: the projection handles it again and projects it, and no
 * administrator ever sees it as a dead letter. The failure is a real one: a trigger raises it for
 * one event's row twice, counting in a sequence, which a rollback does not undo.
 */
class TransientProjectionFailureIT extends LedgerTestBase {

    private static final int FAILURES = 2;

    @Autowired
    JdbcClient jdbc;

    private String activity;

    @AfterEach
    void removeTheFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS conflict_marker ON query.event_log").update();
        jdbc.sql("DROP SEQUENCE IF EXISTS query.conflict_marker_count").update();
        if (activity != null && letters(activity) > 0) {
            api.post("admin", "/api/admin/dead-letters/" + activity + "/retry", "");
        }
    }

    @Test
    void aSerializationFailureIsRetriedByTheProjectionNotDeadLettered() {
        givenPlan();
        activity = activity("a", goal("g", ""), "2022-01-01");
        String marker = "konflikt-" + plan;
        failWithSerializationConflict(marker);

        write("chef", "/api/activities/" + activity + "/comments",
                "{'text':'" + marker + "','effectiveDate':'2022-05-31'}");
        var parked = new AtomicBoolean();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            parked.compareAndSet(false, letters(activity) > 0);
            return trail(activity).contains(marker);
        });

        assertThat(parked).as("dead-lettered at some point").isFalse();
        assertThat(letters(activity)).isZero();
        long tries = jdbc.sql("SELECT last_value FROM query.conflict_marker_count").query(Long.class).single();
        assertThat(tries).as("failed twice, then handled").isGreaterThan(FAILURES);
        var now = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities");
        assertThat(find(now, "id", activity).get("latestComment").get("text").asText()).isEqualTo(marker);
    }

    private void failWithSerializationConflict(String text) {
        jdbc.sql("CREATE SEQUENCE query.conflict_marker_count").update();
        jdbc.sql("CREATE OR REPLACE FUNCTION query.conflict_marker() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF nextval('query.conflict_marker_count') <= " + FAILURES + " THEN"
                + " RAISE EXCEPTION 'could not serialize access (test)' USING ERRCODE = '40001'; END IF;"
                + " RETURN NEW; END $$").update();
        jdbc.sql("CREATE TRIGGER conflict_marker BEFORE INSERT ON query.event_log FOR EACH ROW"
                + " WHEN (NEW.value->>'text' = '" + text + "') EXECUTE FUNCTION query.conflict_marker()").update();
    }

    private String trail(String id) {
        var response = api.get("revisor", "/api/activities/" + id + "/events");
        return response.status() == 200 ? response.body() : "";
    }

    private long letters(String sequence) {
        var response = api.get("admin", "/api/admin/dead-letters");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        long count = 0;
        for (var letter : response.json()) {
            count += letter.get("sequenceIdentifier").asText().equals(sequence) ? 1 : 0;
        }
        return count;
    }
}
