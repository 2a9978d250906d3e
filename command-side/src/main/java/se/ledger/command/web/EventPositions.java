package se.ledger.command.web;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The global position PostgreSQL gave an event; read inside the write's transaction. With Axon
 * Server the events are not in PostgreSQL, so the position is not reported there.
 */
@Component
@Profile("!axonserver")
class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Long of(String eventId) {
        return jdbc.sql("SELECT globalindex FROM public.domainevententry WHERE eventidentifier = ?")
                .param(eventId).query(Long.class).optional().orElse(null);
    }
}
