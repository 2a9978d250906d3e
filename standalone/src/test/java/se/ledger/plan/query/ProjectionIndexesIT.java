package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.standalone.LedgerStandalone;

/**
 * Disk per event (issue 11): the projection's indexes are the ones its reads use, and the widest
 * of them, a plan's facts, is a deduplicated B-tree of a few bytes a fact instead of a GiST of ~100.
 */
@SpringBootTest(classes = LedgerStandalone.class, properties = "ledger.import-sample=false")
@ActiveProfiles("it")
class ProjectionIndexesIT {

    private static final int SCRATCH = 9_999; // a generation no projection writes; rolled back
    private static final int FACTS = 5_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPlansFactsAreReadThroughTheNarrowPlanIndex() {
        var now = OffsetDateTime.now();
        assertThat(plan("SELECT * FROM query.fact WHERE generation = ? AND plan_id = ? AND recorded @> ?"
                + " AND valid @> ?", 1, "p", now, LocalDate.now())).contains("fact_plan_1");
        assertThat(plan("SELECT * FROM query.fact WHERE generation = ? AND plan_id = ? AND recorded @> ?"
                + " AND valid && daterange(?, ?, '[]')", 1, "p", now, LocalDate.now(), LocalDate.now()))
                .contains("fact_plan_1");
    }

    /** The reads by plan and time of recording that event_log_plan_recorded was made for. */
    @Test
    void readsByPlanAndRecordingTimeUseThePlanIndex() {
        var now = OffsetDateTime.now();
        assertThat(plan(PlanFacts.LOG + " AND plan_id = ? AND attribute = 'comment' AND recorded_at > ?"
                + " AND recorded_at <= ? ORDER BY position", 1, "p", now.minusDays(30), now))
                .contains("event_log_plan_1");
        assertThat(plan(PlanFacts.LOG + " AND plan_id = ? AND type IN (?, ?)" + PlanFacts.KNOWN_AT
                + " ORDER BY recorded_at", 1, "p", "DecisionRecorded", "PlanAdopted", now, now))
                .contains("event_log_plan_1");
        assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'query'").query(String.class).list())
                .doesNotContain("event_log_plan_recorded", "fact_plan_at");
    }

    /** Five thousand facts of one plan cost the plan index a few bytes each (the GiST took about 100). */
    @Test
    void thePlanIndexTakesAFewBytesAFact() {
        long bytes = transaction.execute(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("CREATE TABLE query.fact_" + SCRATCH + " PARTITION OF query.fact FOR VALUES IN (" + SCRATCH + ")")
                    .update();
            jdbc.sql("INSERT INTO query.fact SELECT ?, 'p1', 'ACTIVITY', 'p1-a' || i, 'status', '{\"status\":\"x\"}',"
                    + " daterange('2025-01-01', NULL), tstzrange(now(), NULL), gen_random_uuid()::text, i"
                    + " FROM generate_series(1, ?) i").params(SCRATCH, FACTS).update();
            return jdbc.sql("SELECT pg_relation_size(indexrelid) FROM pg_index WHERE indrelid = ?::regclass"
                            + " AND pg_get_indexdef(indexrelid) LIKE '%(generation, plan_id)'")
                    .param("query.fact_" + SCRATCH).query(Long.class).single();
        });
        assertThat(bytes / FACTS).isLessThan(16);
    }

    /** The plan PostgreSQL chooses with sequential scans ruled out: an index that applies is used. */
    private String plan(String sql, Object... parameters) {
        return transaction.execute(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            List<String> lines = jdbc.sql("EXPLAIN " + sql).params(parameters).query(String.class).list();
            return String.join("\n", lines);
        });
    }
}
