package se.ledger.command;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps loaded entities in memory, so a write replays no snapshot and no events. It must never let
 * a write decide on stale state, with several ledger nodes on one database and with transactions
 * that roll back after Axon has cached their outcome (a dry-run import, a failed commit). So a hit
 * is used only when the entity's version equals the event store's (one index probe, in the write's
 * own transaction, after the write's lock), and whatever a transaction cached leaves again if the
 * transaction does not commit.
 */
public final class AggregateCache implements Cache {

    /** Tells the event store's version of an entity: its last sequence number, null if it has none. */
    public interface StoredVersions {
        Long of(String entityId);
    }

    private static final Logger log = LoggerFactory.getLogger(AggregateCache.class);
    private static final VarHandle VERSION = versionField();

    private final ConcurrentMap<Object, Object> entries;
    private final StoredVersions stored;

    public AggregateCache(int maximumSize, StoredVersions stored) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
        this.stored = stored;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (VERSION == null || !Objects.equals(VERSION.get(entry), stored.of(key.toString()))) {
            entries.remove(key, entry);
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
        forgetUnlessCommitted(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            forgetUnlessCommitted(key);
        }
        return added;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no listeners");
    }

    /** Axon caches at its unit of work's commit, which may be nested in a transaction that still rolls back. */
    private void forgetUnlessCommitted(Object key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        entries.remove(key);
                    }
                }
            });
        }
    }

    /** Axon keeps the cached version private; without it every hit counts as stale (no cache, still correct). */
    private static VarHandle versionField() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Aggregate cache disabled: Axon's AggregateCacheEntry has no version field ({})", e.toString());
            return null;
        }
    }
}
