package se.ledger.plan.query;

import static se.ledger.platform.EventCatalogue.nameOf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanAdopted;
import se.ledger.events.PlanRegistered;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/** Reads the projection: every question is an indexed lookup at (asOf, validAt) in one plan. */
@Repository
public class PlanFacts {

    private static final String FACT = "SELECT entity_kind, entity_id, attribute, value::text, lower(valid),"
            + " upper(valid), event_id FROM query.fact WHERE generation = ? AND plan_id = ? AND recorded @> ?";
    static final String GOAL_DEFINITION = "SELECT entity_kind, entity_id, attribute, value::text,"
            + " lower(valid), upper(valid), event_id, plan_id FROM query.fact WHERE generation = ? AND recorded @> ?"
            + " AND valid @> ? AND entity_kind = 'GOAL' AND attribute = '" + Timeline.DEFINITION + "'";
    /**
     * Every plan registered by asOf with its latest definition: the registrations and the plans'
     * definitions are searched in partial indexes of their own (V11_22), whose predicates these
     * literals repeat, so the list costs one probe per plan however many events the plans hold.
     */
    static final String PLANS = "SELECT l.plan_id, d.value FROM query.event_log l CROSS JOIN LATERAL"
            + " (SELECT f.value::text AS value FROM query.fact f WHERE f.generation = l.generation"
            + " AND f.entity_id = l.plan_id AND f.entity_kind = 'PLAN' AND f.attribute = '" + Timeline.DEFINITION + "'"
            + " AND f.recorded @> ? ORDER BY lower(f.valid) DESC LIMIT 1) d"
            + " WHERE l.generation = ? AND l.type = '" + nameOf(PlanRegistered.class) + "' AND l.recorded_at <= ?"
            + " ORDER BY l.position";
    /** Matches the partial index fact_contributing (V11_7) word for word, so it is always an index search. */
    static final String CONTRIBUTING = "SELECT entity_kind, entity_id, attribute, value::text, lower(valid),"
            + " upper(valid), event_id, plan_id FROM query.fact WHERE generation = ? AND recorded @> ?"
            + " AND entity_kind = 'GOAL' AND attribute = '" + Timeline.DEFINITION + "'"
            + " AND jsonb_typeof(value->'contributesTo') = 'array' AND value->'contributesTo' <> '[]'::jsonb";
    /**
     * A plan's own definition: a probe of the partial index fact_plan_definition (V11_22), whose
     * predicate the kind and attribute repeat (the per-plan GiST index walked all the plan's facts).
     */
    static final String PLAN_DEFINITION = "SELECT value::text FROM query.fact WHERE generation = ? AND plan_id = ?"
            + " AND entity_id = ? AND entity_kind = 'PLAN' AND attribute = '" + Timeline.DEFINITION + "'"
            + " AND recorded @> ? ORDER BY lower(valid) DESC LIMIT 1";
    /** The event as it was written: the log keeps its value and, in data, the rest (V11_10). */
    static final String EVENT_DATA = "(CASE WHEN jsonb_typeof(value) = 'object' THEN value || data ELSE data END)";
    static final String LOG = "SELECT event_id, position, entity_kind, entity_id, type, attribute,"
            + " value::text, effective_date, recorded_at, actor, " + EVENT_DATA + "::text, corrects, correction_reason,"
            + " superseded_by, superseded_at FROM query.event_log WHERE generation = ?";
    /**
     * As LOG without the event's value and data: who, when and why, as a change names the event
     * behind it (the changes of a plan name about as many events as the plan has facts).
     */
    static final String SOURCE = "SELECT event_id, position, entity_kind, entity_id, type, attribute, NULL,"
            + " effective_date, recorded_at, actor, NULL, corrects, correction_reason, superseded_by, superseded_at"
            + " FROM query.event_log WHERE generation = ?";
    static final String KNOWN_AT = " AND recorded_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)";
    /** Matches the partial index event_log_plan_report (V11_20): a probe among the plan's reports. */
    static final String LATEST_REPORT = "SELECT effective_date FROM query.event_log WHERE generation = ?"
            + " AND plan_id = ? AND attribute LIKE '" + Assertions.REPORT_PREFIX + "%'" + KNOWN_AT
            + " ORDER BY effective_date DESC LIMIT 1";

    /**
     * Which of a plan's facts a question reads: the month marks (a third of a followed-up plan's
     * facts) only the history shows, the latest comments only the plan answer. The filter is a
     * recheck of the same GiST search; what an answer does not show is neither sent nor parsed.
     */
    enum Shown {
        /** Every fact. */
        ALL(""),
        /** The plan answer: all but the month marks. */
        NO_MARKS(" AND attribute NOT LIKE '" + Assertions.MARK_PREFIX + "%'"),
        /** The history: all but the latest comments (its comments come from the log). */
        NO_COMMENTS(" AND attribute <> '" + Assertions.COMMENT + "'"),
        /** Prognoses, changes and other plans' goals: neither marks nor comments. */
        ASSESSED(NO_MARKS.filter + NO_COMMENTS.filter);

        final String filter;

        Shown(String filter) {
            this.filter = filter;
        }

        /** The filter's rule in memory ({@link MemoryFacts}): the attributes this question reads. */
        boolean shows(String attribute) {
            boolean mark = attribute.startsWith(Assertions.MARK_PREFIX);
            boolean comment = attribute.equals(Assertions.COMMENT);
            return switch (this) {
                case ALL -> true;
                case NO_MARKS -> !mark;
                case NO_COMMENTS -> !comment;
                case ASSESSED -> !mark && !comment;
            };
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlanFacts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The reads of a plan view, in one generation. */
    PlanReads reads(int generation) {
        return new PlanReads() {
            public Optional<FactValues.PlanDefinition> planDefinition(String plan, Instant asOf) {
                return PlanFacts.this.planDefinition(generation, plan, asOf);
            }

            public List<FactRow> at(String plan, Instant asOf, LocalDate validAt, Shown shown) {
                return PlanFacts.this.at(generation, plan, asOf, validAt, shown);
            }

            public Map<String, List<SeriesPoint>> series(String plan, Instant asOf, LocalDate validAt) {
                return PlanFacts.this.series(generation, plan, asOf, validAt);
            }

            public List<PlanFact> goalDefinitions(List<String> goalIds, Instant asOf, LocalDate validAt) {
                return PlanFacts.this.goalDefinitions(generation, goalIds, asOf, validAt);
            }

            public List<PlanFact> contributingGoals(Instant asOf, LocalDate validAt) {
                return PlanFacts.this.contributingGoals(generation, asOf, validAt);
            }

            public Map<String, List<FactRow>> plans(Collection<String> plans, Instant asOf, LocalDate from,
                    LocalDate to) {
                return PlanFacts.this.plans(generation, plans, asOf, from, to);
            }

            public Optional<LocalDate> latestReportDate(String plan, Instant asOf) {
                return PlanFacts.this.latestReportDate(generation, plan, asOf);
            }
        };
    }

    /** The plan's facts valid on validAt as the ledger knew them at asOf. */
    public List<FactRow> at(int generation, String plan, Instant asOf, LocalDate validAt) {
        return at(generation, plan, asOf, validAt, Shown.ALL);
    }

    /** As at, only the facts shown. */
    List<FactRow> at(int generation, String plan, Instant asOf, LocalDate validAt, Shown shown) {
        return jdbc.sql(FACT + " AND valid @> ?" + shown.filter + " ORDER BY entity_order, entity_id")
                .params(generation, plan, utc(asOf), validAt).query(this::fact).list();
    }

    /** The plan's facts valid at some time in [from, to], as known at asOf. */
    public List<FactRow> during(int generation, String plan, Instant asOf, LocalDate from, LocalDate to) {
        return during(generation, plan, asOf, from, to, Shown.ALL);
    }

    /** As during, only the facts shown. */
    List<FactRow> during(int generation, String plan, Instant asOf, LocalDate from, LocalDate to, Shown shown) {
        return jdbc.sql(FACT + " AND valid && daterange(?, ?, '[]')" + shown.filter
                        + " ORDER BY entity_order, entity_id, lower(valid)")
                .params(generation, plan, utc(asOf), from, to).query(this::fact).list();
    }

    /**
     * As at and during, for several plans in one statement: each plan's facts by the same GiST
     * search; other plans' goals are only assessed (no marks, no comments).
     */
    Map<String, List<FactRow>> plans(int generation, Collection<String> plans, Instant asOf, LocalDate from,
            LocalDate to) {
        var found = new LinkedHashMap<String, List<FactRow>>();
        plans.forEach(p -> found.put(p, new ArrayList<>()));
        jdbc.sql("SELECT f.* FROM unnest(?::varchar[]) AS p(id) CROSS JOIN LATERAL (SELECT entity_kind, entity_id,"
                        + " attribute, value::text, lower(valid), upper(valid), event_id, plan_id, entity_order"
                        + " FROM query.fact WHERE generation = ? AND plan_id = p.id AND recorded @> ?"
                        + " AND valid && daterange(?, ?, '[]')" + Shown.ASSESSED.filter + ") f ORDER BY 8, 9, 2, 5")
                .params(plans.toArray(String[]::new), generation, utc(asOf), from, to)
                .query((RowCallbackHandler) rs -> found.get(rs.getString(8)).add(fact(rs, 0)));
        return found;
    }

    /**
     * Each indicator's measurements known at asOf that took effect on or before validAt, oldest
     * first: the series its chart draws, one GiST search for the whole plan.
     */
    public Map<String, List<SeriesPoint>> series(int generation, String plan, Instant asOf, LocalDate validAt) {
        var series = new HashMap<String, List<SeriesPoint>>();
        jdbc.sql("SELECT entity_id, lower(valid), value::text FROM query.fact WHERE generation = ? AND plan_id = ?"
                        + " AND recorded @> ? AND valid && daterange(NULL, ?, '[]') AND attribute = '"
                        + Assertions.MEASUREMENT + "' ORDER BY entity_id, lower(valid)")
                .params(generation, plan, utc(asOf), validAt)
                .query((RowCallbackHandler) rs -> {
                    series.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(point(
                            rs.getObject(2, LocalDate.class), read(rs.getString(3))));
                });
        return series;
    }

    /** One measurement of a series, from its fact's start and value. */
    static SeriesPoint point(LocalDate effectiveDate, JsonNode measurement) {
        var m = FactValues.read(measurement, FactValues.MeasurementValue.class);
        return new SeriesPoint(effectiveDate, m.value(), m.noNewData(), m.comment(), m.source());
    }

    /** The plan's own definition as last known at asOf, whatever date it is valid on. */
    public Optional<FactValues.PlanDefinition> planDefinition(int generation, String plan, Instant asOf) {
        return jdbc.sql(PLAN_DEFINITION).params(generation, plan, plan, utc(asOf))
                .query((rs, n) -> FactValues.read(read(rs.getString(1)), FactValues.PlanDefinition.class)).optional();
    }

    /** The definitions of the given goals, in whatever plans, valid on validAt as known at asOf. */
    List<PlanFact> goalDefinitions(int generation, List<String> goalIds, Instant asOf, LocalDate validAt) {
        return jdbc.sql(GOAL_DEFINITION + " AND entity_id = ANY(?)")
                .params(generation, utc(asOf), validAt, goalIds.toArray(String[]::new)).query(this::planFact).list();
    }

    /** The definitions of goals, in any plan, that contribute to some goal, on validAt as known at asOf. */
    List<PlanFact> contributingGoals(int generation, Instant asOf, LocalDate validAt) {
        return jdbc.sql(CONTRIBUTING + " AND valid @> ? ORDER BY entity_order, entity_id")
                .params(generation, utc(asOf), validAt).query(this::planFact).list();
    }

    /** As contributingGoals, for every date in [from, to] at once: a goal's definitions oldest first. */
    List<PlanFact> contributingGoals(int generation, Instant asOf, LocalDate from, LocalDate to) {
        return jdbc.sql(CONTRIBUTING + " AND valid && daterange(?, ?, '[]')"
                        + " ORDER BY entity_order, entity_id, lower(valid)")
                .params(generation, utc(asOf), from, to).query(this::planFact).list();
    }

    private PlanFact planFact(ResultSet rs, int n) throws SQLException {
        return new PlanFact(rs.getString(8), fact(rs, n));
    }

    public List<LogRow> comments(int generation, String plan, Instant asOf, LocalDate from, LocalDate to) {
        return jdbc.sql(LOG + " AND plan_id = ? AND attribute = '" + Assertions.COMMENT + "'"
                        + " AND effective_date BETWEEN ? AND ?" + KNOWN_AT
                        + " ORDER BY effective_date, recorded_at")
                .params(generation, plan, from, to, utc(asOf), utc(asOf)).query(this::log).list();
    }

    /** The date of the plan's latest report known at asOf, if any. */
    Optional<LocalDate> latestReportDate(int generation, String plan, Instant asOf) {
        return jdbc.sql(LATEST_REPORT).params(generation, plan, utc(asOf), utc(asOf)).query(LocalDate.class).optional();
    }

    /** Every event about one entity, oldest first. */
    public List<LogRow> trail(int generation, String entityId) {
        return jdbc.sql(LOG + " AND entity_id = ? ORDER BY position").params(generation, entityId).query(this::log)
                .list();
    }

    public List<LogRow> decisions(int generation, String plan, Instant asOf) {
        return jdbc.sql(LOG + " AND plan_id = ? AND type IN (?, ?)" + KNOWN_AT + " ORDER BY recorded_at")
                .params(generation, plan, nameOf(DecisionRecorded.class), nameOf(PlanAdopted.class), utc(asOf),
                        utc(asOf)).query(this::log).list();
    }

    /**
     * Every plan registered by asOf with its definition as last known then, in order of registration:
     * one statement, each definition found by the same GiST search planDefinition makes.
     */
    public Map<String, FactValues.PlanDefinition> plans(int generation, Instant asOf) {
        var plans = new LinkedHashMap<String, FactValues.PlanDefinition>();
        jdbc.sql(PLANS)
                .params(utc(asOf), generation, utc(asOf))
                .query((RowCallbackHandler) rs -> plans.putIfAbsent(rs.getString(1),
                        FactValues.read(read(rs.getString(2)), FactValues.PlanDefinition.class)));
        return plans;
    }

    public Optional<EntityKind> kindOf(int generation, String entityId) {
        return jdbc.sql("SELECT entity_kind FROM query.event_log WHERE generation = ? AND entity_id = ? LIMIT 1")
                .params(generation, entityId).query((rs, n) -> EntityKind.valueOf(rs.getString(1))).optional();
    }

    private FactRow fact(ResultSet rs, int n) throws SQLException {
        return new FactRow(EntityKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), read(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7));
    }

    LogRow log(ResultSet rs, int n) throws SQLException {
        var correctedAt = rs.getObject(15, OffsetDateTime.class);
        return new LogRow(rs.getString(1), rs.getLong(2), EntityKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), readOrNull(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), readOrNull(rs.getString(11)),
                rs.getString(12), rs.getString(13), rs.getString(14),
                correctedAt == null ? null : correctedAt.toInstant());
    }

    /** Null where the statement leaves the column out (SOURCE). */
    private JsonNode readOrNull(String text) {
        return text == null ? null : read(text);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
