package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ledger.plan.query.ProjectionBatch.Attribute;
import se.ledger.plan.query.ProjectionBatch.EntityKey;
import se.ledger.plan.query.ProjectionBatch.EventKey;
import se.ledger.plan.query.ProjectionBatch.Key;
import se.ledger.plan.query.ProjectionBatch.Row;

/**
 * Projects events into the event log and the bitemporal facts: {@link #prepare} reads what a
 * batch of events needs (one statement of index searches), {@link #apply} works in
 * memory, {@link #flush} writes (one statement, see {@link FactWrites}). Applying the same event twice changes
 * nothing: the log already holds it.
 */
@Repository
class FactStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final FactFolding folding;
    private final FactWrites writes;

    FactStore(JdbcClient jdbc, ObjectMapper json, FactWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.folding = new FactFolding(json);
        this.writes = writes;
    }

    /**
     * Reads, for the given generations, what applying these assertions needs and the batch does not
     * hold yet, in one statement: each part an index search (event ids, entity and attribute, open
     * facts, an entity's first position).
     */
    void prepare(ProjectionBatch batch, Collection<Integer> generations, Collection<Assertion> assertions) {
        var fresh = assertions.stream().filter(a -> batch.prepared.add(a.eventId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        var eventIds = fresh.stream().map(Assertion::eventId).distinct().toArray(String[]::new);
        var keys = new LinkedHashSet<List<String>>();
        var entities = new LinkedHashSet<String>();
        for (Assertion a : fresh) {
            keys.add(List.of(a.entityId(), a.attribute()));
            entities.add(a.entityId());
        }
        // the event's own global index: a token gives the highest index seen, which for an event that
        // committed after a later one (a filled gap) is the later event's; Axon Server's tokens have no gaps
        var sql = new StringBuilder("SELECT 'p', 0, eventidentifier, globalindex::text, NULL, NULL, NULL, NULL, NULL,"
                + " NULL FROM public.domainevententry WHERE eventidentifier = ANY(?)");
        var params = new ArrayList<Object>();
        params.add(eventIds);
        for (int generation : generations) {
            var wanted = new ArrayList<Key>();
            keys.forEach(k -> wanted.add(new Key(generation, k.get(0), k.get(1))));
            wanted.removeIf(batch.attributes::containsKey);
            wanted.forEach(k -> batch.attributes.put(k, new Attribute()));
            var newEntities = entities.stream().filter(e -> !batch.order.containsKey(new EntityKey(generation, e)))
                    .toArray(String[]::new);
            // each part a lateral subquery behind OFFSET 0, so that it is one index probe per key whatever the
            // planner believes of the generation's size (a new generation's partition looks empty until analysed,
            // and a scan of the whole partition per batch makes a rebuild quadratic)
            sql.append(" UNION ALL SELECT 'l', ?::int, l.event_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
                    + " FROM unnest(?::text[]) e(id) CROSS JOIN LATERAL (SELECT event_id FROM query.event_log"
                    + " WHERE generation = ? AND event_id = e.id OFFSET 0) l");
            params.addAll(List.of(generation, eventIds, generation));
            sql.append(" UNION ALL SELECT 's', ?::int, k.entity_id, k.attribute, l.event_id, l.position::text,"
                    + " l.type, l.value::text, l.effective_date::text,"
                    + " (extract(epoch FROM l.recorded_at) * 1000000)::bigint::text"
                    + " FROM unnest(?::text[], ?::text[]) k(entity_id, attribute) CROSS JOIN LATERAL (SELECT l.event_id,"
                    + " l.position, l.type, l.value, l.effective_date, l.recorded_at FROM query.event_log l"
                    + " WHERE l.generation = ? AND l.entity_id = k.entity_id AND l.attribute = k.attribute"
                    + " AND l.superseded_at IS NULL OFFSET 0) l");
            params.addAll(List.of(generation, entityIds(wanted), attributeNames(wanted), generation));
            sql.append(" UNION ALL SELECT 'f', ?::int, k.entity_id, k.attribute, lower(f.valid)::text,"
                    + " upper(f.valid)::text, f.value::text, f.event_id, NULL, NULL"
                    + " FROM unnest(?::text[], ?::text[]) k(entity_id, attribute) CROSS JOIN LATERAL (SELECT f.valid,"
                    + " f.value, f.event_id FROM query.fact f WHERE f.generation = ? AND f.entity_id = k.entity_id"
                    + " AND f.attribute = k.attribute AND upper_inf(f.recorded) OFFSET 0) f");
            params.addAll(List.of(generation, entityIds(wanted), attributeNames(wanted), generation));
            // an entity's place in its plan: its first event's position, one probe of event_log_entity_order each
            sql.append(" UNION ALL SELECT 'o', ?::int, e.id, (SELECT l.position FROM query.event_log l"
                    + " WHERE l.generation = ? AND l.entity_id = e.id ORDER BY l.position LIMIT 1)::text,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL FROM unnest(?::text[]) e(id)");
            params.addAll(List.of(generation, generation, newEntities));
        }
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs -> read(batch, rs));
    }

    private void read(ProjectionBatch batch, java.sql.ResultSet rs) throws java.sql.SQLException {
        int generation = rs.getInt(2);
        switch (rs.getString(1)) {
            case "p" -> batch.positions.put(rs.getString(3), Long.parseLong(rs.getString(4)));
            case "l" -> batch.logged.add(new EventKey(generation, rs.getString(3)));
            case "s" -> {
                if (!batch.superseded(generation, rs.getString(5))) { // else this batch corrected it already
                    long micros = Long.parseLong(rs.getString(10));
                    batch.attributes.get(new Key(generation, rs.getString(3), rs.getString(4))).standing.add(
                            new Assertion(rs.getString(5), Long.parseLong(rs.getString(6)), null, null,
                                    rs.getString(3), rs.getString(7), rs.getString(4), read(rs.getString(8)),
                                    LocalDate.parse(rs.getString(9)), Instant.ofEpochSecond(
                                            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L),
                                    null, null, null, null));
                }
            }
            case "f" -> batch.attributes.get(new Key(generation, rs.getString(3), rs.getString(4))).open.put(
                    new Row(LocalDate.parse(rs.getString(5)), rs.getString(6) == null ? null
                            : LocalDate.parse(rs.getString(6)), read(rs.getString(7)), rs.getString(8)), null);
            case "o" -> {
                if (rs.getString(4) != null) {
                    batch.order.put(new EntityKey(generation, rs.getString(3)), Long.parseLong(rs.getString(4)));
                }
            }
            default -> throw new IllegalStateException(rs.getString(1));
        }
    }

    private static String[] entityIds(Collection<Key> keys) {
        return keys.stream().map(Key::entityId).toArray(String[]::new);
    }

    private static String[] attributeNames(Collection<Key> keys) {
        return keys.stream().map(Key::attribute).toArray(String[]::new);
    }

    /** Logs the assertion and brings its attribute's open facts in line with its timeline ({@link FactFolding}). */
    void apply(ProjectionBatch batch, int generation, Assertion a) {
        prepare(batch, List.of(generation), List.of(a));
        folding.apply(batch, generation, a);
    }

    void flush(ProjectionBatch batch) {
        writes.write(batch);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
