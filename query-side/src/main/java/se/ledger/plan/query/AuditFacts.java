package se.ledger.plan.query;

import static se.ledger.plan.query.PlanFacts.KNOWN_AT;
import static se.ledger.plan.query.PlanFacts.LOG;
import static se.ledger.plan.query.PlanFacts.utc;
import static se.ledger.platform.EventCatalogue.nameOf;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ledger.events.EntityKind;
import se.ledger.events.ReportCalendarAdopted;
import se.ledger.events.ReportIssued;

/** The event log as an auditor reads it: reports, the events behind changes, a plan's whole trail. */
@Repository
class AuditFacts {

    private final JdbcClient jdbc;
    private final PlanFacts facts;

    AuditFacts(JdbcClient jdbc, PlanFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    List<LogRow> reports(int generation, String plan, Instant asOf) {
        return jdbc.sql(LOG + " AND plan_id = ? AND type = ?" + KNOWN_AT + " ORDER BY position")
                .params(generation, plan, nameOf(ReportIssued.class), utc(asOf), utc(asOf)).query(facts::log).list();
    }

    /** A report by its id; within a plan when one is named (report ids are unique per plan only). */
    Optional<LogRow> report(int generation, String plan, String reportId) {
        return jdbc.sql(LOG + " AND type = ? AND attribute = ? AND (CAST(? AS text) IS NULL OR plan_id = ?)"
                        + " ORDER BY position LIMIT 1")
                .params(generation, nameOf(ReportIssued.class), Assertions.REPORT_PREFIX + reportId, plan, plan)
                .query(facts::log).optional();
    }

    Optional<LogRow> calendar(int generation, String plan, Instant asOf) {
        return jdbc.sql(LOG + " AND plan_id = ? AND type = ?" + KNOWN_AT + " ORDER BY position DESC LIMIT 1")
                .params(generation, plan, nameOf(ReportCalendarAdopted.class), utc(asOf), utc(asOf))
                .query(facts::log).optional();
    }

    /** The events of the plan and, of the kinds asked for, of its goals, indicators and activities. */
    List<LogRow> planTrail(int generation, String plan, Collection<EntityKind> kinds, Instant asOf) {
        var names = kinds.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql(LOG + " AND plan_id = ? AND entity_kind = ANY(?) AND recorded_at <= ? ORDER BY position")
                .params(generation, plan, names, utc(asOf)).query(facts::log).list();
    }

    List<LogRow> events(int generation, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LOG + " AND event_id = ANY(?)").params(generation, eventIds.toArray(String[]::new))
                .query(facts::log).list();
    }

    /** The events named, without their values and data (PlanFacts.SOURCE). */
    List<LogRow> sources(int generation, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PlanFacts.SOURCE + " AND event_id = ANY(?)").params(generation, eventIds.toArray(String[]::new))
                .query(facts::log).list();
    }

    /** Comments recorded in (from, to], each an addition of its own (a comment never replaces another). */
    List<LogRow> commentsRecorded(int generation, String plan, Instant from, Instant to) {
        return jdbc.sql(LOG + " AND plan_id = ? AND attribute = '" + Assertions.COMMENT + "'"
                        + " AND recorded_at > ? AND recorded_at <= ? ORDER BY position")
                .params(generation, plan, utc(from), utc(to)).query(facts::log).list();
    }
}
