package se.ledger.imports;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the import's last event landed in the global order, so a client can ask the read side to wait for
 * it. Read inside the import's transaction, where the sequence hands out positions in the order of the
 * inserts; with Axon Server the events are not in PostgreSQL and no position is reported.
 */
@Component
@Profile("!axonserver")
class ImportPositions {

    private final JdbcClient jdbc;

    ImportPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Long lastOf(String aggregateId) {
        return jdbc.sql("SELECT max(globalindex) FROM public.domainevententry WHERE aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).optional().orElse(null);
    }
}
