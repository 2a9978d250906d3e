package se.ledger.standalone.bench;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.CommentAdded;
import se.ledger.events.EntityRef;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.events.PlanRegistered;
import se.ledger.events.Responsible;
import se.ledger.query.QuerySideConfig;
import se.ledger.query.Rebuilds;
import se.ledger.standalone.LedgerStandalone;

/**
 * Rebuild speed against an ordered read of the event table in the same run, and disk bytes per
 * event by table and index. The events are the Vaggeryd sample imported into as many plans as
 * -Dbench.copies says. Prints; asserts nothing about time. Run apart from the tests:
 * mvn -B -Pbench -pl standalone -am verify -Dtest=RebuildBenchmark -Dbench.plans=20
 */
@Tag("benchmark")
@SpringBootTest(classes = LedgerStandalone.class, properties = "ledger.import-sample=false")
@ActiveProfiles("it")
class RebuildBenchmark {

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Rebuilds rebuilds;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rebuildAgainstOrderedRead() throws Exception {
        int plans = Integer.getInteger("bench.plans", 10);
        for (int p = 0; p < plans; p++) {
            appendPlan("bench-" + p);
        }
        long events = jdbc.sql("SELECT count(*) FROM public.domainevententry").query(Long.class).single();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500)).until(() -> projected() == events);
        System.out.printf("%nEvents: %d%n", events);
        disk(events);

        double[] reads = new double[3];
        for (int i = 0; i < reads.length; i++) {
            reads[i] = orderedRead();
        }
        Arrays.sort(reads);
        double read = events / reads[1];

        long commitsBefore = commits();
        var started = rebuilds.start(QuerySideConfig.PLAN_PROJECTION);
        int target = started.writeGeneration();
        long t0 = System.nanoTime();
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var s = rebuilds.status(QuerySideConfig.PLAN_PROJECTION);
            return !s.rebuilding() && s.activeGeneration() == target;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long commits = commits() - commitsBefore;
        double rebuild = events / seconds;
        System.out.printf("Ordered read of the event table: %.0f ev/s (median of 3)%n", read);
        System.out.printf("Rebuild: %.1f s, %.0f ev/s, ratio to the ordered read %.4f%n", seconds, rebuild,
                rebuild / read);
        System.out.printf("Commits during the rebuild (all of the database's): %d, %.1f events per commit%n", commits,
                (double) events / commits);
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "SELECT count(*) FROM query.event_log WHERE generation <> ?").param(target).query(Long.class)
                .single() == 0);
        System.out.printf("After the rebuild and the old generation's drop:%n");
        disk(events);
    }

    /** A plan of 10 goals and 30 activities, each with 12 monthly statuses and 4 comments: 521 events. */
    private void appendPlan(String id) {
        var plan = new PlanId(id);
        var events = new ArrayList<DomainEventMessage<?>>();
        LocalDate start = LocalDate.of(2022, 1, 1);
        events.add(new GenericDomainEventMessage<>("PlanAggregate", id, 0, new PlanRegistered(plan, "Kommun",
                "Plan " + id, start, LocalDate.of(2022, 12, 31), start, "admin", null)));
        for (int g = 0; g < 10; g++) {
            var goal = new GoalId(id + "-g" + g);
            events.add(new GenericDomainEventMessage<>("GoalAggregate", goal.value(), 0, new GoalDefined(goal, plan,
                    null, "Mål " + g, "Område", true, List.of(3), List.of("Effekt"), "Ambition", start, "admin",
                    null)));
            for (int a = 0; a < 3; a++) {
                var activity = new ActivityId(goal.value() + "-a" + a);
                long seq = 0;
                events.add(new GenericDomainEventMessage<>("ActivityAggregate", activity.value(), seq++,
                        new ActivityPlanned(activity, plan, List.of(goal), "Aktivitet " + a, "Beskrivning",
                                new Responsible("Anna", "Enhet"), List.of(), start, null, "Önskat läge", start,
                                "chef", null)));
                for (int m = 1; m <= 12; m++) {
                    LocalDate end = LocalDate.of(2022, m, 1).plusMonths(1).minusDays(1);
                    events.add(new GenericDomainEventMessage<>("ActivityAggregate", activity.value(), seq++,
                            new ActivityStatusChanged(activity, plan, m % 5 == 0 ? ActivityStatus.DEVIATING
                                    : ActivityStatus.ON_TRACK, m % 5 == 0 ? "Försenad" : null, end, "chef", null)));
                    if (m % 3 == 0) {
                        events.add(new GenericDomainEventMessage<>("ActivityAggregate", activity.value(), seq++,
                                new CommentAdded(EntityRef.activity(activity), plan, "Kommentar " + m, end, "chef",
                                        null)));
                    }
                }
            }
        }
        transactions.executeWithoutResult(tx -> eventStore.publish(events));
    }

    private long commits() {
        return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }

    private long projected() {
        return jdbc.sql("SELECT count(*) FROM query.event_log WHERE generation ="
                + " (SELECT active_generation FROM query.projection_state WHERE name = 'plan-projection')")
                .query(Long.class).single();
    }

    /** Reads every event's columns in order, as a replay would, streaming. */
    private double orderedRead() throws Exception {
        long t0 = System.nanoTime();
        long n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("SELECT globalindex, eventidentifier, aggregateidentifier,"
                    + " sequencenumber, type, payloadtype, payloadrevision, payload, metadata, timestamp"
                    + " FROM public.domainevententry ORDER BY globalindex")) {
                st.setFetchSize(1000);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        rs.getBytes(8);
                        rs.getBytes(9);
                        n++;
                    }
                }
            }
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void disk(long events) {
        List<String> lines = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("SELECT n.nspname || '.' || c.relname, c.relkind, pg_total_relation_size(c.oid),"
                        + " pg_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname IN ('public', 'query') AND c.relkind IN ('r', 'i')"
                        + " ORDER BY pg_relation_size(c.oid) DESC")
                .query(rs -> {
                    String kind = rs.getString(2);
                    long size = "r".equals(kind) ? rs.getLong(3) : rs.getLong(4);
                    if ("r".equals(kind)) {
                        total[0] += size;
                    }
                    if (rs.getLong(4) > 16384) {
                        lines.add(String.format("  %-55s %s %10d B %8.1f B/ev", rs.getString(1),
                                "r".equals(kind) ? "table+idx" : "index    ", size, (double) size / events));
                    }
                });
        lines.forEach(System.out::println);
        System.out.printf("  all tables with indexes: %.0f B/ev%n", (double) total[0] / events);
    }
}
