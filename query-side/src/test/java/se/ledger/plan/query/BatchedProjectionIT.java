package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.junit.jupiter.api.AfterEach;
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
import se.ledger.events.CommentAdded;
import se.ledger.events.Correction;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalId;
import se.ledger.events.LedgerEvent;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.platform.test.TestDatabase;
import se.ledger.query.QuerySideApplication;

/**
 * A processor's batch is projected as a whole (read once, written in JDBC batches) and must leave
 * exactly the rows that projecting its events one at a time leaves; a batch whose writes fail rolls
 * back and its retry, which reads the database afresh, still does.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = "ledger.projection.whole-batch-from=1")
@ActiveProfiles("it")
@Import(TestDatabase.class)
class BatchedProjectionIT {

    @Autowired
    PlanProjection projection;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString();
    private long position = 2_000_000;

    @AfterEach
    void removeTheFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_batch_marker ON query.event_log").update();
    }

    /** One activity's life: planned, statuses (one backdated, one corrected), comments; ids end with the suffix. */
    private List<LedgerEvent> life(String suffix) {
        var plan = new PlanId("p-" + suffix);
        var activity = new ActivityId("a-" + suffix);
        var events = new ArrayList<LedgerEvent>();
        events.add(new ActivityPlanned(activity, plan, List.of(new GoalId("g-" + suffix)), "Workshop", null,
                new Responsible("A", null), List.of(), null, null, null, LocalDate.parse("2022-01-01"), "chef", null));
        events.add(status(activity, plan, ActivityStatus.ON_TRACK, "2022-03-31", null));
        events.add(status(activity, plan, ActivityStatus.DEVIATING, "2022-06-30", null));
        events.add(new CommentAdded(EntityRef.activity(activity), plan, "Försenad", LocalDate.parse("2022-06-30"),
                "chef", null));
        events.add(status(activity, plan, ActivityStatus.ON_TRACK, "2022-05-15", null));
        events.add(status(activity, plan, ActivityStatus.COMPLETED, "2022-06-30",
                new Correction("e2-" + suffix, "fel status")));
        events.add(new CommentAdded(EntityRef.activity(activity), plan, "marker-" + suffix,
                LocalDate.parse("2022-07-31"), "chef", null));
        events.add(status(activity, plan, ActivityStatus.COMPLETED, "2022-09-30", null));
        return events;
    }

    private static ActivityStatusChanged status(ActivityId activity, PlanId plan, ActivityStatus status,
            String effective, Correction correction) {
        return new ActivityStatusChanged(activity, plan, status, status.needsExplanation() ? "x" : null,
                LocalDate.parse(effective), "chef", correction);
    }

    private List<TrackedEventMessage<LedgerEvent>> messages(String suffix) {
        var events = life(suffix);
        var messages = new ArrayList<TrackedEventMessage<LedgerEvent>>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position),
                    new GenericEventMessage<>("e" + i + "-" + suffix, events.get(i), Map.of(),
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

    private void oneByOne(List<TrackedEventMessage<LedgerEvent>> messages) {
        for (var message : messages) {
            projection.on(message.getPayload(), message, message.trackingToken(), ReplayStatus.REGULAR);
        }
    }

    /** The rows of a life, its ids and positions made comparable with another life's. */
    private List<String> rows(String suffix) {
        var rows = new ArrayList<String>();
        jdbc.sql("SELECT event_id, position - min(position) OVER (), type, attribute, value::text, effective_date,"
                        + " recorded_at, (value || data) - 'planId' - 'activityId' - 'about', corrects, superseded_at, superseded_by"
                        + " FROM query.event_log WHERE generation = 1 AND plan_id = ? ORDER BY event_id")
                .param("p-" + suffix)
                .query(rs -> {
                    var row = new StringBuilder("log");
                    for (int i = 1; i <= 11; i++) {
                        row.append(' ').append(rs.getString(i));
                    }
                    rows.add(row.toString().replace(suffix, "*"));
                });
        jdbc.sql("SELECT entity_kind, attribute, value::text, valid::text, recorded::text, event_id,"
                        + " entity_order - min(entity_order) OVER () FROM query.fact WHERE generation = 1 AND plan_id = ?"
                        + " ORDER BY attribute, lower(valid), lower(recorded), event_id")
                .param("p-" + suffix)
                .query(rs -> {
                    var row = new StringBuilder("fact");
                    for (int i = 1; i <= 7; i++) {
                        row.append(' ').append(rs.getString(i));
                    }
                    rows.add(row.toString().replace(suffix, "*"));
                });
        return rows;
    }

    @Test
    void aBatchLeavesTheRowsThatOneEventAtATimeLeaves() {
        oneByOne(messages("single-" + run));
        var whole = messages("whole-" + run);
        batch(whole.subList(0, 3));
        batch(whole.subList(3, whole.size()));
        batch(whole); // redelivered: changes nothing

        var expected = rows("single-" + run);
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(rows("whole-" + run)).isEqualTo(expected);
    }

    @Test
    void aBatchThatFailsToWriteRollsBackAndItsRetryWritesWhatItShould() {
        oneByOne(messages("single-" + run));
        var retried = messages("retried-" + run);
        batch(retried.subList(0, 2));
        jdbc.sql("CREATE OR REPLACE FUNCTION query.refuse_batch_marker() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'event % refused for test', NEW.event_id; END $$").update();
        jdbc.sql("CREATE TRIGGER refuse_batch_marker BEFORE INSERT ON query.event_log FOR EACH ROW"
                + " WHEN (NEW.value->>'text' = 'marker-retried-" + run + "') EXECUTE FUNCTION query.refuse_batch_marker()")
                .update();
        var rest = retried.subList(2, retried.size());

        assertThatThrownBy(() -> batch(rest)).hasStackTraceContaining("refused for test");
        assertThat(jdbc.sql("SELECT count(*) FROM query.event_log WHERE plan_id = ?").param("p-retried-" + run)
                .query(Long.class).single()).as("the failed batch rolled back").isEqualTo(2);
        // one event at a time now: the one at fault fails on its own
        assertThatThrownBy(() -> batch(rest)).hasStackTraceContaining("refused for test");

        jdbc.sql("DROP TRIGGER refuse_batch_marker ON query.event_log").update();
        batch(rest);
        batch(rest);
        assertThat(rows("retried-" + run)).isEqualTo(rows("single-" + run));
    }

    /**
     * A generation that grows from empty (a rebuild, a catch-up after a bulk load) is analysed as it
     * grows, so the planner never takes it for empty and walks it whole for every lookup; and the
     * lookups of a batch find what earlier batches wrote whatever the statistics say.
     */
    @Test
    void aGrowingGenerationIsAnalysedAndItsLookupsStayRight() {
        long analysedBefore = analyses();
        var activities = new ArrayList<List<TrackedEventMessage<LedgerEvent>>>();
        for (int a = 0; a < 250; a++) {
            activities.add(months(a));
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
    private List<TrackedEventMessage<LedgerEvent>> months(int a) {
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
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(5_000_000 + a * 10L + i),
                    new GenericEventMessage<>("e" + i + "-" + a + "-" + run, events.get(i), Map.of(),
                            Instant.parse("2022-10-01T10:00:00Z").plusSeconds(i))));
        }
        return messages;
    }
}
