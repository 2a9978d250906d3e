package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the projection: the event log and the bitemporal facts. Applying the same event twice
 * changes nothing, because the event log refuses it the second time.
 */
@Repository
class FactStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FactStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void apply(int generation, Assertion assertion) {
        if (!log(generation, assertion)) {
            return;
        }
        if (assertion.corrects() != null) {
            jdbc.sql("UPDATE query.event_log SET superseded_at = ?, superseded_by = ?"
                            + " WHERE generation = ? AND event_id = ? AND superseded_at IS NULL")
                    .params(assertion.recordedAt().atOffset(ZoneOffset.UTC), assertion.eventId(), generation,
                            assertion.corrects())
                    .update();
        }
        var segments = Timeline.of(assertion.attribute(), standing(generation, assertion));
        reconcile(generation, assertion, segments);
    }

    /**
     * The event's own global index where the event table is at hand: a tracking token gives the
     * highest index seen, which for an event that committed after a later one (a filled gap) is
     * the later event's. Events kept elsewhere (Axon Server) have gapless tokens.
     */
    private boolean log(int generation, Assertion a) {
        return jdbc.sql("INSERT INTO query.event_log (generation, event_id, position, plan_id, entity_kind, entity_id,"
                        + " type, attribute, value, effective_date, recorded_at, actor, data, corrects,"
                        + " correction_reason) VALUES (?, ?, coalesce((SELECT globalindex FROM public.domainevententry"
                        + " WHERE eventidentifier = ?), ?), ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(generation, a.eventId(), a.eventId(), a.position(), a.planId(), a.kind().name(), a.entityId(), a.type(),
                        a.attribute(), a.value().toString(), a.effectiveDate(), a.recordedAt().atOffset(ZoneOffset.UTC),
                        a.actor(), a.data().toString(), a.corrects(), a.correctionReason())
                .update() == 1;
    }

    private List<Assertion> standing(int generation, Assertion about) {
        return jdbc.sql("SELECT event_id, position, type, value, effective_date, recorded_at FROM query.event_log"
                        + " WHERE generation = ? AND entity_id = ? AND attribute = ? AND superseded_at IS NULL")
                .params(generation, about.entityId(), about.attribute())
                .query((rs, n) -> new Assertion(rs.getString(1), rs.getLong(2), about.planId(), about.kind(),
                        about.entityId(), rs.getString(3), about.attribute(), read(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class).toInstant(), null, null, null, null))
                .list();
    }

    /** Values compare as JSON trees: jsonb prints keys in its own order. */
    private record Row(LocalDate validFrom, LocalDate validTo, JsonNode value, String eventId) {
    }

    /** Closes the rows of the attribute that no longer hold and opens the new ones, at the event's time. */
    private void reconcile(int generation, Assertion about, List<Segment> segments) {
        var wanted = new HashSet<Row>();
        for (Segment s : segments) {
            wanted.add(new Row(s.validFrom(), s.validTo(), read(s.value().toString()), s.eventId()));
        }
        var current = jdbc.sql("SELECT lower(valid), upper(valid), value::text, event_id FROM query.fact"
                        + " WHERE generation = ? AND entity_id = ? AND attribute = ? AND upper_inf(recorded)")
                .params(generation, about.entityId(), about.attribute())
                .query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        read(rs.getString(3)), rs.getString(4)))
                .set();
        var at = about.recordedAt().atOffset(ZoneOffset.UTC);
        long order = jdbc.sql("SELECT min(position) FROM query.event_log WHERE generation = ? AND entity_id = ?")
                .params(generation, about.entityId()).query(Long.class).single();
        for (Row stale : current) {
            if (!wanted.contains(stale)) {
                jdbc.sql("UPDATE query.fact SET recorded = tstzrange(lower(recorded), ?, '[)') WHERE generation = ?"
                                + " AND entity_id = ? AND attribute = ? AND upper_inf(recorded) AND event_id = ?"
                                + " AND lower(valid) = ?")
                        .params(at, generation, about.entityId(), about.attribute(), stale.eventId(),
                                stale.validFrom())
                        .update();
            }
        }
        for (Row fresh : wanted) {
            if (!current.contains(fresh)) {
                jdbc.sql("INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id, attribute, value, valid,"
                                + " recorded, event_id, entity_order) VALUES (?, ?, ?, ?, ?, ?::jsonb,"
                                + " daterange(?, ?, '[)'), tstzrange(?, NULL, '[)'), ?, ?)")
                        .params(generation, about.planId(), about.kind().name(), about.entityId(), about.attribute(),
                                fresh.value().toString(), fresh.validFrom(), fresh.validTo(), at, fresh.eventId(),
                                order)
                        .update();
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void clear(int generation) {
        jdbc.sql("DELETE FROM query.fact WHERE generation = ?").param(generation).update();
        jdbc.sql("DELETE FROM query.event_log WHERE generation = ?").param(generation).update();
    }
}
