package se.ledger.proof.log;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads events straight from Axon's table: the log commits to the stored bytes, not to a re-serialisation. */
@Component
class EventRows {

    private static final String COLUMNS = "SELECT globalindex, eventidentifier, type, aggregateidentifier,"
            + " sequencenumber, payloadtype, payloadrevision, timestamp, payload FROM public.domainevententry";

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> byEventIds(Collection<String> eventIds) {
        return jdbc.query(COLUMNS + " WHERE eventidentifier = ANY (?)", EventRows::row,
                (Object) eventIds.toArray(String[]::new));
    }

    List<StoredEvent> byGlobalIndexes(Collection<Long> indexes) {
        return jdbc.query(COLUMNS + " WHERE globalindex = ANY (?)", EventRows::row,
                (Object) indexes.toArray(Long[]::new));
    }

    private static StoredEvent row(ResultSet rs, int n) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8),
                new String(rs.getBytes(9), StandardCharsets.UTF_8));
    }
}
