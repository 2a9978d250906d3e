package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityRef;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;

/**
 * Text the door now refuses may already be in the event store (written before the door checked,
 * or by an importer): NUL, which PostgreSQL refuses in text and jsonb, and a lone surrogate. The
 * projection takes such events in and shows U+FFFD; the event store keeps them as they are.
 */
class PoisonTextIT extends LedgerTestBase {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredCommentWithNulIsProjectedAndTheEntityKeepsUpdating() {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        String stored = storeComment(activity, "a\u0000b \uD800 \uD83D\uDE00", "chef\u0000");

        status(activity, "ON_TRACK", null, "2022-06-30");

        var planned = read("/api/plans/" + plan + "?validAt=2022-06-30").get("goals").get(0).get("activities").get(0);
        assertThat(planned.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(planned.get("latestComment").get("text").asText()).isEqualTo("a\uFFFDb \uFFFD \uD83D\uDE00");
        var trail = read("/api/activities/" + activity + "/events");
        assertThat(trail).extracting(e -> e.get("type").asText())
                .containsExactly("ActivityPlanned", "CommentAdded", "ActivityStatusChanged");
        var comment = find(trail, "eventId", stored);
        assertThat(comment.get("data").get("text").asText()).isEqualTo("a\uFFFDb \uFFFD \uD83D\uDE00");
        assertThat(comment.get("actor").asText()).isEqualTo("chef\uFFFD");

        byte[] payload = jdbc.sql("SELECT payload FROM public.domainevententry WHERE eventidentifier = ?")
                .param(stored).query(byte[].class).single();
        assertThat(new String(payload, StandardCharsets.UTF_8)).contains("a\\u0000b");
    }

    /** As an event written before the door refused NUL: straight into the event store. */
    private String storeComment(String activity, String text, String actor) {
        long next = eventStore.lastSequenceNumberFor(activity).map(n -> n + 1).orElse(0L);
        var message = new GenericDomainEventMessage<>("ActivityAggregate", activity, next,
                new CommentAdded(new EntityRef(EntityKind.ACTIVITY, activity), new PlanId(plan), text,
                        LocalDate.parse("2022-05-31"), actor, null));
        eventStore.publish(message);
        lastPosition = jdbc.sql("SELECT globalindex FROM public.domainevententry WHERE eventidentifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
        return message.getIdentifier();
    }
}
