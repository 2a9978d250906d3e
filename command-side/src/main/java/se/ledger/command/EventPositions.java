package se.ledger.command;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a write landed in the global order, so a client can ask the read side to wait for it. Read
 * inside the write's transaction, where the sequence hands out positions in the order of the inserts.
 * With Axon Server the events are not in PostgreSQL, so no position is reported there.
 */
@Component
@Profile("!axonserver")
public class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The position of the last event this transaction appended: the sequence's value in this session,
     * so no lookup in the event table.
     */
    public Long ofLastAppended() {
        return jdbc.sql("SELECT currval(pg_get_serial_sequence('public.domainevententry', 'globalindex'))")
                .query(Long.class).single();
    }

    /** The position of an entity's latest event. */
    public Long lastOf(String entityId) {
        return jdbc.sql("SELECT max(globalindex) FROM public.domainevententry WHERE aggregateidentifier = ?")
                .param(entityId).query(Long.class).optional().orElse(null);
    }
}
