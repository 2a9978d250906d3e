package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;

/**
 * Commits finish out of order: an event stored first may commit after a later one. The projection
 * then meets it as a filled gap, and must still record the event's own position, not the highest
 * it has seen, or the audit trail, the order of entities and a rebuild would disagree.
 */
class GapPositionIT extends LedgerTestBase {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anEventCommittedLateKeepsItsOwnPosition() throws Exception {
        givenPlan();
        String goal = goal("g", "");
        String early = activity("early", goal, "2022-01-01");
        String late = activity("late", goal, "2022-01-01");
        var stored = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        var slow = CompletableFuture.supplyAsync(() -> transaction.execute(tx -> {
            String id = storeComment(early, "Lagrad först, bekräftad sist");
            stored.countDown();
            await(release);
            return id;
        }));
        assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
        String quick = storeComment(late, "Lagrad sist, bekräftad först");
        lastPosition = positionOf(quick);
        read("/api/activities/" + late + "/events");

        release.countDown();
        String slowId = slow.get(30, TimeUnit.SECONDS);
        lastPosition = positionOf(slowId);
        assertThat(lastPosition).isLessThan(positionOf(quick));

        var trail = read("/api/activities/" + early + "/events");
        assertThat(find(trail, "eventId", slowId).get("position").asLong()).isEqualTo(positionOf(slowId));
        var other = read("/api/activities/" + late + "/events");
        assertThat(find(other, "eventId", quick).get("position").asLong()).isEqualTo(positionOf(quick));
    }

    private String storeComment(String activity, String text) {
        long next = eventStore.lastSequenceNumberFor(activity).map(n -> n + 1).orElse(0L);
        var message = new GenericDomainEventMessage<>("ActivityAggregate", activity, next,
                new CommentAdded(new EntityRef(EntityKind.ACTIVITY, activity), new PlanId(plan), text,
                        LocalDate.parse("2022-05-31"), "chef", null));
        eventStore.publish(message);
        return message.getIdentifier();
    }

    private long positionOf(String eventId) {
        return jdbc.sql("SELECT globalindex FROM public.domainevententry WHERE eventidentifier = ?")
                .param(eventId).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
