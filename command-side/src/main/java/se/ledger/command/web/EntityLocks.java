package se.ledger.command.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.command.WriteProperties;

/**
 * Lets writes to one entity queue up instead of colliding on the event table's (entity, sequence)
 * key. Within this process they queue on a lock in memory, before they take a database
 * connection, so a burst on one activity cannot drain the pool that every other request needs.
 * Across ledger nodes sharing the database they also queue on a PostgreSQL advisory lock, held
 * for the write's transaction. Both waits are bounded: a writer that waits too long is told the
 * entity is busy (409) rather than kept hanging.
 */
@Component
class EntityLocks {

    // weak values: a lock lives as long as some writer holds or waits for it
    private final Cache<String, ReentrantLock> local = Caffeine.newBuilder().weakValues().build();
    private final JdbcClient jdbc;
    private final WriteProperties properties;

    EntityLocks(JdbcClient jdbc, WriteProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Runs {@code write} while no other write to the entity runs in this process. */
    <T> T exclusively(String entityId, Supplier<T> write) {
        var lock = local.get(entityId, id -> new ReentrantLock(true));
        try {
            if (!lock.tryLock(properties.lockTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EntityBusy(entityId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntityBusy(entityId);
        }
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    /** Must run inside the write's transaction; the lock goes with it. */
    void lockForWrite(String entityId) {
        // one round trip: the FROM clause sets the transaction's lock timeout before the lock is asked
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"
                        + " FROM (SELECT set_config('lock_timeout', ?, true)) AS timeout")
                .params(entityId, properties.lockTimeout().toMillis() + "ms").query((rs, n) -> 1).list();
    }
}
