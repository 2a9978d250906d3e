package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;

/**
 * A rebuild replays poison too: a stored NUL no longer stops it, and an event that still fails is
 * dead-lettered again in the new generation (the rebuild clears the old generation's letters),
 * so the rebuild finishes and the letter can be retried into the generation readers now use.
 */
@DirtiesContext
@TestPropertySource(properties = "ledger.projection.batch-size=3")
class PoisonRebuildIT extends LedgerTestBase {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_marker ON query.event_log").update();
    }

    @Test
    void aRebuildOverPoisonFinishesAndItsDeadLetterCanBeRetried() {
        givenPlan();
        String goal = goal("g", "");
        String sick = activity("sjuk", goal, "2022-01-01");
        String healthy = activity("frisk", goal, "2022-01-01");
        storeComment(healthy, "a\u0000b");
        String marker = "gift-" + plan;
        jdbc.sql("CREATE OR REPLACE FUNCTION query.refuse_marker() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'event % refused for test', NEW.event_id; END $$").update();
        jdbc.sql("CREATE TRIGGER refuse_marker BEFORE INSERT ON query.event_log FOR EACH ROW"
                + " WHEN (NEW.value->>'text' = '" + marker + "') EXECUTE FUNCTION query.refuse_marker()").update();
        write("chef", "/api/activities/" + sick + "/comments", "{'text':'" + marker + "','effectiveDate':'2022-05-31'}");
        status(healthy, "ON_TRACK", null, "2022-06-30");
        read("/api/plans/" + plan);
        await().atMost(Duration.ofSeconds(20)).until(() -> letters().size() == 1);

        var started = api.post("admin", "/api/admin/replays/plan-projection", "");
        assertThat(started.status()).isEqualTo(202);
        int rebuilt = started.json().get("activeGeneration").asInt() + 1;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var status = api.get("admin", "/api/admin/replays/plan-projection").json();
            return !status.get("rebuilding").asBoolean() && status.get("activeGeneration").asInt() == rebuilt;
        });

        var activities = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities");
        assertThat(find(activities, "id", healthy).get("latestComment").get("text").asText()).isEqualTo("a\uFFFDb");
        assertThat(find(activities, "id", healthy).get("status").asText()).isEqualTo("ON_TRACK");
        var letters = letters();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).get("sequenceIdentifier").asText()).isEqualTo(sick);
        assertThat(letters.get(0).get("attempts").asInt()).isEqualTo(1);

        jdbc.sql("DROP TRIGGER refuse_marker ON query.event_log").update();
        var retried = api.post("admin", "/api/admin/dead-letters/" + sick + "/retry", "");
        assertThat(retried.json().get("succeeded").asBoolean()).as(retried.body()).isTrue();
        var now = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities");
        assertThat(find(now, "id", sick).get("latestComment").get("text").asText()).isEqualTo(marker);
        assertThat(letters()).isEmpty();
    }

    private void storeComment(String activity, String text) {
        long next = eventStore.lastSequenceNumberFor(activity).map(n -> n + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("ActivityAggregate", activity, next,
                new CommentAdded(new EntityRef(EntityKind.ACTIVITY, activity), new PlanId(plan), text,
                        LocalDate.parse("2022-05-31"), "chef", null)));
    }

    private List<JsonNode> letters() {
        var response = api.get("admin", "/api/admin/dead-letters");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var letters = new ArrayList<JsonNode>();
        response.json().forEach(letters::add);
        return letters;
    }
}
