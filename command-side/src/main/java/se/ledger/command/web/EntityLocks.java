package se.ledger.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets writes to one entity queue up instead of colliding: each write transaction first takes a
 * PostgreSQL advisory lock on the entity's id, held until it commits or rolls back. Twenty managers
 * commenting on one activity then wait a few milliseconds each, on every ledger node sharing the
 * database, rather than all but one failing on the event table's (entity, sequence) key.
 */
@Component
class EntityLocks {

    private final JdbcClient jdbc;

    EntityLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the write's transaction; the lock goes with it. */
    void lockForWrite(String entityId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(entityId)
                .query((rs, n) -> 1).list();
    }
}
