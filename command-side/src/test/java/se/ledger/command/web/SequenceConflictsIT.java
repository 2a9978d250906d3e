package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;
import se.ledger.events.ActivityId;

/**
 * A writer that does not queue on the entity (another ledger version, an importer) and appends
 * an event number already taken: the real PostgreSQL refuses it, and Axon reports a concurrency
 * conflict (a 409, or a retry) rather than a storage failure (a 500).
 */
class SequenceConflictsIT extends ApiTestBase {

    @Autowired
    EventStore eventStore;

    @Test
    void cannotAppendAnEventNumberAlreadyTaken() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Först','effectiveDate':'2022-05-31'}")));

        assertThatThrownBy(() -> eventStore.publish(comment(1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> eventStore.publish(comment(0))).isInstanceOf(AggregateStreamCreationException.class);
    }

    private GenericDomainEventMessage<CommentAdded> comment(long sequence) {
        return new GenericDomainEventMessage<>("ActivityAggregate", activity, sequence,
                new CommentAdded(EntityRef.activity(new ActivityId(activity)), new PlanId(plan), "Samtidigt",
                        LocalDate.of(2022, 5, 31), "chef", null));
    }

    private static String json(String singleQuoted) {
        return se.ledger.platform.test.Api.json(singleQuoted);
    }
}
