package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.GoalId;
import se.ledger.events.LedgerEvent;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.platform.test.TestDatabase;
import se.ledger.query.QuerySideApplication;

/**
 * A generation that grows from empty (a rebuild, a catch-up after a bulk load) is analysed as it
 * grows, so the planner never takes it for empty and walks it whole for every lookup; and the
 * lookups of a batch find what earlier batches wrote whatever the statistics say.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = "ledger.projection.whole-batch-from=1")
@ActiveProfiles("it")
@Import(TestDatabase.class)
class GrowingGenerationIT {

    @Autowired
    PlanProjection projection;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString();
    private long position = 5_000_000;

    @Test
    void aGrowingGenerationIsAnalysedAndItsLookupsStayRight() {
        long analysedBefore = analyses();
        var activities = new ArrayList<List<TrackedEventMessage<LedgerEvent>>>();
        for (int a = 0; a < 250; a++) {
            activities.add(life(a));
        }
        // batches that take one event of each of 50 activities, so every batch looks up what earlier ones wrote
        for (int step = 0; step < 10; step++) {
            for (int from = 0; from < activities.size(); from += 50) {
                var batch = new ArrayList<TrackedEventMessage<LedgerEvent>>();
                for (var life : activities.subList(from, from + 50)) {
                    batch.add(life.get(step));
                }
                batch(batch);
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> analyses() > analysedBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM query.event_log WHERE generation = 1 AND plan_id = ?")
                .param("p-" + run).query(Long.class).single()).isEqualTo(2500);
        // each activity: its planning and nine statuses, of which only the last stays open
        assertThat(jdbc.sql("SELECT count(*) FROM query.fact WHERE generation = 1 AND plan_id = ?"
                        + " AND attribute = 'status' AND upper_inf(recorded)")
                .param("p-" + run).query(Long.class).single()).isEqualTo(250 * 9);
        assertThat(jdbc.sql("SELECT count(DISTINCT entity_order) FROM query.fact WHERE generation = 1 AND plan_id = ?")
                .param("p-" + run).query(Long.class).single()).isEqualTo(250);
    }

    private long analyses() {
        return jdbc.sql("SELECT coalesce(sum(analyze_count), 0) FROM pg_stat_user_tables"
                + " WHERE schemaname = 'query' AND relname = 'event_log_1'").query(Long.class).single();
    }

    /** An activity planned, then a status in each of nine months. */
    private List<TrackedEventMessage<LedgerEvent>> life(int a) {
        var plan = new PlanId("p-" + run);
        var activity = new ActivityId("a" + a + "-" + run);
        var events = new ArrayList<LedgerEvent>();
        events.add(new ActivityPlanned(activity, plan, List.of(new GoalId("g-" + run)), "Workshop", null,
                new Responsible("A", null), List.of(), null, null, null, LocalDate.parse("2022-01-01"), "chef", null));
        for (int m = 1; m <= 9; m++) {
            events.add(new ActivityStatusChanged(activity, plan, ActivityStatus.ON_TRACK, null,
                    LocalDate.of(2022, m, 28), "chef", null));
        }
        var messages = new ArrayList<TrackedEventMessage<LedgerEvent>>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position + a * 10L + i),
                    new GenericEventMessage<>("e" + i + "-" + a + "-" + run, events.get(i), Map.of(),
                            Instant.parse("2022-10-01T10:00:00Z").plusSeconds(i))));
        }
        return messages;
    }

    /** As the pooled processor does it: one unit of work and one transaction for the batch. */
    private void batch(List<TrackedEventMessage<LedgerEvent>> batch) {
        var unit = new BatchingUnitOfWork<>(batch);
        unit.attachTransaction(transactions);
        var result = unit.executeWithResult(() -> {
            @SuppressWarnings("unchecked")
            var message = (TrackedEventMessage<LedgerEvent>) CurrentUnitOfWork.get().getMessage();
            projection.on(message.getPayload(), message, message.trackingToken(), ReplayStatus.REGULAR);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }
}
