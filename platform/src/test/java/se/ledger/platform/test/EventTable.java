package se.ledger.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the event store table directly: what was really stored, with its recorded time. */
public class EventTable {

    public record Row(long position, String aggregateId, long sequence, String eventId, String type,
            String revision, JsonNode payload, Instant recordedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcClient jdbc;

    public EventTable(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM public.domainevententry").query(Long.class).single();
    }

    public Row byEventId(String eventId) {
        return jdbc.sql(SELECT + " WHERE eventidentifier = ?").param(eventId).query(EventTable::row).single();
    }

    public List<Row> of(String aggregateId) {
        return jdbc.sql(SELECT + " WHERE aggregateidentifier = ? ORDER BY sequencenumber").param(aggregateId)
                .query(EventTable::row).list();
    }

    private static final String SELECT = "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier,"
            + " payloadtype, payloadrevision, payload, timestamp FROM public.domainevententry";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        try {
            return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), JSON.readTree(new String(rs.getBytes(7), StandardCharsets.UTF_8)),
                    Instant.parse(rs.getString(8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
