package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;
import se.ledger.platform.events.EventsProperties;

/**
 * Read-your-write is carried by wake-ups, not by polling: here every poll is ten minutes apart
 * (the event store's look for new events, a waiting read's look at the projection), far beyond
 * the read's wait, so a read answers 200 only because the append woke the event store and the
 * projection's commit woke the read; an event another node appended wakes this one by NOTIFY.
 */
@TestPropertySource(properties = {"ledger.events.fetch-delay-millis=600000", "ledger.projection.poll-millis=600000",
        "ledger.projection.wait-millis=5000"})
class AppendWakeIT extends LedgerTestBase {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriteThroughTheApiWakesTheProjectionAndTheWaitingRead() {
        givenPlan();
        String activity = activity("a", goal("g", ""), "2022-01-01");
        for (String status : new String[] {"ON_TRACK", "DEVIATING", "COMPLETED"}) {
            status(activity, status, "Förklaring", "2022-03-31");
            assertThat(read("/api/plans/" + plan).toString()).contains(status);
        }
    }

    @Test
    void anEventAppendedByAnotherNodeWakesThisOneByNotify() {
        givenPlan();
        String activity = activity("b", goal("g", ""), "2022-01-01");
        read("/api/plans/" + plan);
        long next = eventStore.lastSequenceNumberFor(activity).map(n -> n + 1).orElse(0L);
        // stored past this node's event store, as another node's write would be
        storage.appendEvents(new GenericDomainEventMessage<>("ActivityAggregate", activity, next,
                new CommentAdded(new EntityRef(EntityKind.ACTIVITY, activity), new PlanId(plan),
                        "Skriven av en annan nod", LocalDate.parse("2022-05-31"), "chef", null)));
        lastPosition = jdbc.sql("SELECT max(globalindex) FROM public.domainevententry").query(Long.class).single();
        var unwoken = api.get("revisor", "/api/activities/" + activity + "/events?minPosition=" + lastPosition);
        assertThat(unwoken.status()).as(unwoken.body()).isEqualTo(503);

        jdbc.sql("SELECT pg_notify(?, 'another-node')").param(EventsProperties.CHANNEL).query().listOfRows();
        assertThat(read("/api/activities/" + activity + "/events").toString()).contains("Skriven av en annan nod");
    }
}
