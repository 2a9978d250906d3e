package se.ledger.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The fact lookups the read endpoints run, written by hand over the projection's tables: the
 * ceiling each read is held to. The only place the bench knows the projection's tables, so that
 * a change of storage is mended here alone.
 */
final class HandWrittenSql {

    private static final String GENERATION =
            "(SELECT active_generation FROM query.projection_state WHERE name = 'plan-projection')";

    private final Connection connection;

    HandWrittenSql(Connection connection) {
        this.connection = connection;
    }

    /** GET /api/plans/{id}: the plan's facts valid today as known now. */
    int plan(String planId) throws SQLException {
        return rows("SELECT entity_kind, entity_id, attribute, value, entity_order FROM query.fact WHERE generation = "
                + GENERATION + " AND plan_id = ? AND recorded @> now() AND valid @> current_date", planId);
    }

    /** GET /api/plans/{id}/history?year=: the plan's facts valid during the year, as known now. */
    int history(String planId, int year) throws SQLException {
        return rows("SELECT entity_kind, entity_id, attribute, value, valid FROM query.fact WHERE generation = "
                + GENERATION + " AND plan_id = ? AND recorded @> now() AND valid && daterange(make_date(" + year
                + ", 1, 1), make_date(" + (year + 1) + ", 1, 1))", planId);
    }

    /** GET /api/plans/{id}/prognoses: the plan's goals' prognoses over time, as known now. */
    int prognoses(String planId) throws SQLException {
        return rows("SELECT entity_id, value, valid FROM query.fact WHERE generation = " + GENERATION
                + " AND plan_id = ? AND attribute = 'prognosis' AND recorded @> now()", planId);
    }

    /** GET /api/plans/{id}/changes?from=: what was recorded about the plan since {@code from}. */
    int changes(String planId, Instant from) throws SQLException {
        try (var s = connection.prepareStatement("SELECT entity_kind, entity_id, attribute, value, effective_date,"
                + " recorded_at, actor FROM query.event_log WHERE generation = " + GENERATION
                + " AND plan_id = ? AND recorded_at >= ? AND recorded_at <= now()")) {
            s.setString(1, planId);
            s.setTimestamp(2, Timestamp.from(from));
            return count(s);
        }
    }

    /** GET /api/plans: every plan's own facts valid today as known now. */
    int plans() throws SQLException {
        try (var s = connection.prepareStatement("SELECT plan_id, attribute, value FROM query.fact WHERE generation = "
                + GENERATION + " AND entity_kind = 'PLAN' AND recorded @> now() AND valid @> current_date")) {
            return count(s);
        }
    }

    /**
     * The events the generation being written has taken in (one audit-trail row each): the
     * bench's own judgement that the projection has caught up, beside ProjectionProgress's.
     */
    long eventsTakenIn() throws SQLException {
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM query.event_log"
                + " WHERE generation = (SELECT write_generation FROM query.projection_state WHERE name = 'plan-projection')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int rows(String sql, String planId) throws SQLException {
        try (var s = connection.prepareStatement(sql)) {
            s.setString(1, planId);
            return count(s);
        }
    }

    private static int count(java.sql.PreparedStatement s) throws SQLException {
        int n = 0;
        try (var rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                n++;
            }
        }
        return n;
    }
}
