package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;
import se.ledger.plan.query.ProjectionBatch.FactClose;
import se.ledger.plan.query.ProjectionBatch.FactInsert;
import se.ledger.plan.query.ProjectionBatch.LogInsert;
import se.ledger.plan.query.ProjectionBatch.Supersede;

/**
 * Writes what a batch of events changed, as four JDBC batches (one round trip each): the log rows,
 * the corrections of logged rows, the facts closed, the facts opened. Closes go before opens, so a
 * close never touches a fact this batch opened (those are written closed already).
 */
@Repository
class FactWrites {

    private static final String LOG = "INSERT INTO query.event_log (generation, event_id, position, plan_id,"
            + " entity_kind, entity_id, type, attribute, value, effective_date, recorded_at, actor, data, corrects,"
            + " correction_reason, superseded_at, superseded_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String SUPERSEDE = "UPDATE query.event_log SET superseded_at = ?, superseded_by = ?"
            + " WHERE generation = ? AND event_id = ? AND superseded_at IS NULL";
    private static final String CLOSE = "UPDATE query.fact SET recorded = tstzrange(lower(recorded), ?, '[)')"
            + " WHERE generation = ? AND entity_id = ? AND attribute = ? AND upper_inf(recorded) AND event_id = ?"
            + " AND lower(valid) = ?";
    private static final String OPEN = "INSERT INTO query.fact (generation, plan_id, entity_kind, entity_id,"
            + " attribute, value, valid, recorded, event_id, entity_order) VALUES (?, ?, ?, ?, ?, ?::jsonb,"
            + " daterange(?, ?, '[)'), tstzrange(?, ?, '[)'), ?, ?)";

    private final JdbcTemplate jdbc;

    FactWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(ProjectionBatch batch) {
        batch(LOG, batch.logInserts.values(), FactWrites::log);
        batch(SUPERSEDE, batch.supersedes, (ps, s) -> {
            ps.setObject(1, utc(s.at()));
            ps.setString(2, s.by());
            ps.setInt(3, s.generation());
            ps.setString(4, s.eventId());
        });
        batch(CLOSE, batch.closes, (ps, c) -> {
            ps.setObject(1, utc(c.at()));
            ps.setInt(2, c.key().generation());
            ps.setString(3, c.key().entityId());
            ps.setString(4, c.key().attribute());
            ps.setString(5, c.eventId());
            ps.setObject(6, c.validFrom());
        });
        batch(OPEN, batch.inserts, FactWrites::open);
        batch.logInserts.clear();
        batch.supersedes.clear();
        batch.closes.clear();
        batch.inserts.clear();
    }

    private <T> void batch(String sql, Collection<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, List.copyOf(rows), rows.size(), setter);
        }
    }

    private static void log(PreparedStatement ps, LogInsert row) throws SQLException {
        var a = row.assertion;
        ps.setInt(1, row.generation);
        ps.setString(2, a.eventId());
        ps.setLong(3, row.position);
        ps.setString(4, a.planId());
        ps.setString(5, a.kind().name());
        ps.setString(6, a.entityId());
        ps.setString(7, a.type());
        ps.setString(8, a.attribute());
        ps.setString(9, a.value().toString());
        ps.setObject(10, a.effectiveDate());
        ps.setObject(11, utc(a.recordedAt()));
        ps.setString(12, a.actor());
        ps.setString(13, beyondValue(a).toString());
        ps.setString(14, a.corrects());
        ps.setString(15, a.correctionReason());
        ps.setObject(16, utc(row.supersededAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(17, row.supersededBy);
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

    private static void open(PreparedStatement ps, FactInsert row) throws SQLException {
        var key = row.key;
        ps.setInt(1, key.generation());
        ps.setString(2, row.about.planId());
        ps.setString(3, row.about.kind().name());
        ps.setString(4, key.entityId());
        ps.setString(5, key.attribute());
        ps.setString(6, row.row.value().toString());
        ps.setObject(7, row.row.validFrom());
        ps.setObject(8, row.row.validTo(), Types.DATE);
        ps.setObject(9, utc(row.from));
        ps.setObject(10, utc(row.to), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(11, row.row.eventId());
        ps.setLong(12, row.order);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
