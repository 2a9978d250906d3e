package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import se.ledger.query.GenerationStatistics;
import se.ledger.plan.query.ProjectionBatch.FactClose;
import se.ledger.plan.query.ProjectionBatch.FactInsert;
import se.ledger.plan.query.ProjectionBatch.LogInsert;
import se.ledger.plan.query.ProjectionBatch.Supersede;

/**
 * Writes what a batch of events changed in one statement (one round trip): the log rows, the
 * corrections of logged rows, the facts closed and the facts opened, each from arrays. The parts
 * of one statement see the tables as they were before it, so a close never touches a fact the
 * same batch opens (those are written closed already) and a correction of an event this batch
 * logs is written with the log row.
 */
@Repository
class FactWrites {

    private static final String WRITE = "WITH log AS (INSERT INTO query.event_log (generation, event_id, position,"
            + " plan_id, entity_kind, entity_id, type, attribute, value, effective_date, recorded_at, actor, data,"
            + " corrects, correction_reason, superseded_at, superseded_by)"
            + " SELECT * FROM unnest(?::int[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::jsonb[], ?::date[], ?::timestamptz[], ?::text[], ?::jsonb[], ?::text[], ?::text[],"
            + " ?::timestamptz[], ?::text[]) ON CONFLICT DO NOTHING RETURNING 1),"
            + " superseded AS (UPDATE query.event_log l SET superseded_at = s.at, superseded_by = s.by"
            + " FROM unnest(?::int[], ?::text[], ?::timestamptz[], ?::text[]) s(generation, event_id, at, by)"
            + " WHERE l.generation = s.generation AND l.event_id = s.event_id AND l.superseded_at IS NULL RETURNING 1),"
            + " closed AS (UPDATE query.fact f SET recorded = tstzrange(lower(f.recorded), c.at, '[)')"
            + " FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::date[], ?::timestamptz[])"
            + " c(generation, entity_id, attribute, event_id, valid_from, at)"
            + " WHERE f.generation = c.generation AND f.entity_id = c.entity_id AND f.attribute = c.attribute"
            + " AND upper_inf(f.recorded) AND f.event_id = c.event_id AND lower(f.valid) = c.valid_from RETURNING 1)"
            + " INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id, attribute, value, valid, recorded,"
            + " event_id, entity_order) SELECT o.generation, o.plan_id, o.entity_kind, o.entity_id, o.attribute, o.value,"
            + " daterange(o.valid_from, o.valid_to, '[)'), tstzrange(o.recorded_from, o.recorded_to, '[)'), o.event_id,"
            + " o.entity_order FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::date[],"
            + " ?::date[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::bigint[]) o(generation, plan_id,"
            + " entity_kind, entity_id, attribute, value, valid_from, valid_to, recorded_from, recorded_to, event_id,"
            + " entity_order)";

    private final JdbcClient jdbc;
    private final GenerationStatistics statistics;

    FactWrites(JdbcClient jdbc, GenerationStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    void write(ProjectionBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        var log = List.copyOf(batch.logInserts.values());
        var firstCorrections = new HashSet<List<Object>>();
        var supersedes = batch.supersedes.stream()
                .filter(s -> firstCorrections.add(List.of(s.generation(), s.eventId()))).toList();
        var params = new ArrayList<Object>();
        params.add(ints(log, r -> r.generation));
        params.add(texts(log, r -> r.assertion.eventId()));
        params.add(log.stream().map(r -> r.position).toArray(Long[]::new));
        params.add(texts(log, r -> r.assertion.planId()));
        params.add(texts(log, r -> r.assertion.kind().name()));
        params.add(texts(log, r -> r.assertion.entityId()));
        params.add(texts(log, r -> r.assertion.type()));
        params.add(texts(log, r -> r.assertion.attribute()));
        params.add(texts(log, r -> r.assertion.value().toString()));
        params.add(texts(log, r -> date(r.assertion.effectiveDate())));
        params.add(texts(log, r -> time(r.assertion.recordedAt())));
        params.add(texts(log, r -> r.assertion.actor()));
        params.add(texts(log, r -> beyondValue(r.assertion).toString()));
        params.add(texts(log, r -> r.assertion.corrects()));
        params.add(texts(log, r -> r.assertion.correctionReason()));
        params.add(texts(log, r -> time(r.supersededAt)));
        params.add(texts(log, r -> r.supersededBy));

        params.add(ints(supersedes, Supersede::generation));
        params.add(texts(supersedes, Supersede::eventId));
        params.add(texts(supersedes, s -> time(s.at())));
        params.add(texts(supersedes, Supersede::by));

        List<FactClose> closes = batch.closes;
        params.add(ints(closes, c -> c.key().generation()));
        params.add(texts(closes, c -> c.key().entityId()));
        params.add(texts(closes, c -> c.key().attribute()));
        params.add(texts(closes, FactClose::eventId));
        params.add(texts(closes, c -> date(c.validFrom())));
        params.add(texts(closes, c -> time(c.at())));

        List<FactInsert> opens = batch.inserts;
        params.add(ints(opens, o -> o.key.generation()));
        params.add(texts(opens, o -> o.about.planId()));
        params.add(texts(opens, o -> o.about.kind().name()));
        params.add(texts(opens, o -> o.key.entityId()));
        params.add(texts(opens, o -> o.key.attribute()));
        params.add(texts(opens, o -> o.row.value().toString()));
        params.add(texts(opens, o -> date(o.row.validFrom())));
        params.add(texts(opens, o -> date(o.row.validTo())));
        params.add(texts(opens, o -> time(o.from)));
        params.add(texts(opens, o -> time(o.to)));
        params.add(texts(opens, o -> o.row.eventId()));
        params.add(opens.stream().map(o -> o.order).toArray(Long[]::new));

        jdbc.sql(WRITE).params(params).update();
        log.stream().collect(Collectors.groupingBy(r -> r.generation, Collectors.counting()))
                .forEach(statistics::written);
        batch.logInserts.clear();
        batch.supersedes.clear();
        batch.closes.clear();
        batch.inserts.clear();
    }

    private static <T> Integer[] ints(List<T> rows, Function<T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    private static <T> String[] texts(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** The event's fields its value leaves out: the log keeps value and these, a read joins them again. */
    static JsonNode beyondValue(Assertion a) {
        if (!(a.data() instanceof ObjectNode data) || !(a.value() instanceof ObjectNode value)) {
            return a.data();
        }
        var rest = data.deepCopy();
        value.fieldNames().forEachRemaining(name -> {
            if (rest.has(name) && value.get(name).toString().equals(rest.get(name).toString())) {
                rest.remove(name);
            }
        });
        return rest;
    }
}
