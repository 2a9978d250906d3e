package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.activity.command.CommentOnActivity;
import se.ledger.command.AppendedEvents;
import se.ledger.command.BatchedAppends;
import se.ledger.command.CommandSideConfig;
import se.ledger.command.RuleViolation;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;

/** Commands in one batch append their events together at its end, and still see each other's events. */
class BatchedAppendsIT extends ApiTestBase {

    @Autowired
    BatchedAppends batches;
    @Autowired
    AppendedEvents appended;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    @Qualifier(CommandSideConfig.AGGREGATE_CACHE)
    Cache cache;

    @Test
    void holdsBackTheEventsOfABatchUntilItsEnd() {
        givenActivity();
        var jdbc = JdbcClient.create(dataSource);
        long stored = transaction.execute(tx -> batches.during(() -> {
            var first = appended.lastOf(activity, () -> comment("Första", null));
            comment("Andra", null);
            assertThat(rows(jdbc)).as("held back until the batch ends").isEqualTo(1);
            assertThat(eventStore.lastSequenceNumberFor(activity)).contains(2L);

            // loaded from the store, not from memory: the held-back events are written first, so it knows them
            cache.removeAll();
            comment("Första, rättad", new Correction(first.getIdentifier(), "Stavfel"));
            assertThat(rows(jdbc)).isEqualTo(3);
            comment("Fjärde", null);
            return rows(jdbc);
        }));
        assertThat(stored).isEqualTo(3);
        assertThat(rows(jdbc)).isEqualTo(5);
    }

    @Test
    void refusesAsBeforeInsideABatch() {
        givenActivity();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> batches.during(() -> {
            comment("Första", null);
            comment("Rättar något okänt", new Correction("no-such-event", "Fel"));
            return null;
        }))).satisfiesAnyOf(e -> assertThat(e).isInstanceOf(RuleViolation.class),
                e -> assertThat(e).hasRootCauseInstanceOf(RuleViolation.class));
        assertThat(rows(JdbcClient.create(dataSource))).isEqualTo(1);
    }

    private void comment(String text, Correction correction) {
        commands.sendAndWait(new CommentOnActivity(new ActivityId(activity), text, LocalDate.of(2022, 3, 31), "chef",
                correction, null));
    }

    private long rows(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM public.domainevententry WHERE aggregateidentifier = ?").param(activity)
                .query(Long.class).single();
    }
}
