package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.activity.command.ChangeActivityStatus;
import se.ledger.command.AggregateCache;
import se.ledger.command.CommandSideConfig;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityStatus;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;

/**
 * A cached entity is used only while it is what the event store holds: an event appended behind the
 * cache's back (as another ledger node would) or a cached outcome whose transaction rolled back must
 * never let a write decide on stale state.
 */
class AggregateCacheApiIT extends ApiTestBase {

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    @Qualifier(CommandSideConfig.AGGREGATE_CACHE)
    Cache cache;

    @Test
    void keepsAWrittenEntityInMemory() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")));

        assertThat(cache).isInstanceOf(AggregateCache.class);
        assertThat(cache.containsKey(activity)).isTrue();
    }

    @Test
    void seesAnEventAppendedBehindItsBack() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")));
        String comment = appendCommentBehindTheCache(2);

        // a cached activity that never saw the comment would refuse its correction as not its own
        var corrected = ok(api.post("chef", "/api/activities/" + activity + "/comments", json("{'text':'Rättad',"
                + "'effectiveDate':'2022-03-31','corrects':'" + comment + "','reason':'Stavfel'}")));
        assertThat(corrected.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void forgetsWhatARolledBackTransactionCached() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK','effectiveDate':'2022-03-31'}")));
        transaction.executeWithoutResult(tx -> {
            commands.sendAndWait(new ChangeActivityStatus(new ActivityId(activity), ActivityStatus.COMPLETED, null,
                    LocalDate.of(2022, 3, 31), "chef", null, null));
            tx.setRollbackOnly();
        });
        // the store's version 2 is now another event: same version as the rolled-back one, other state
        appendCommentBehindTheCache(2);

        var status = ok(api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'DEVIATING','explanation':'Försenad','effectiveDate':'2022-03-31'}")));
        assertThat(status.get("version").asLong()).isEqualTo(3);
    }

    private String appendCommentBehindTheCache(long sequence) {
        String eventId = UUID.randomUUID().toString();
        var event = new CommentAdded(EntityRef.activity(new ActivityId(activity)), new PlanId(plan), "Från en annan nod",
                LocalDate.of(2022, 3, 31), "chef", null);
        transaction.executeWithoutResult(tx -> eventStore.publish(new GenericDomainEventMessage<>("ActivityAggregate",
                activity, sequence, event, Map.of(), eventId, Instant.now())));
        return eventId;
    }
}
