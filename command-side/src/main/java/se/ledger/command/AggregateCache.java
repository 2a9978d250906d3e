package se.ledger.command;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
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
    private final BatchedAppends batches;

    public AggregateCache(int maximumSize, StoredVersions stored) {
        this(maximumSize, stored, null);
    }

    /**
     * @param batches null, or the batches whose entities stay in memory while the batch is open (an import
     *                creates more of them than the cache holds, then loads each again for its status)
     */
    public AggregateCache(int maximumSize, StoredVersions stored, BatchedAppends batches) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
        this.stored = stored;
        this.batches = batches;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        var batch = batch();
        Object entry = batch != null && batch.containsKey(key) ? batch.get(key) : entries.get(key);
        if (entry == null) {
            return null;
        }
        if (VERSION == null || !Objects.equals(VERSION.get(entry), stored.of(key.toString()))) {
            entries.remove(key, entry);
            if (batch != null) {
                batch.remove(key, entry);
            }
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
        pin(key, value);
        forgetUnlessCommitted(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            pin(key, value);
            forgetUnlessCommitted(key);
        }
        return added;
    }

    @Override
    public boolean remove(Object key) {
        var batch = batch();
        boolean pinned = batch != null && batch.remove(key) != null;
        return entries.remove(key) != null || pinned;
    }

    @Override
    public void removeAll() {
        var batch = batch();
        if (batch != null) {
            batch.clear();
        }
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

    /** The entities of the batch open on this thread: they stay until it ends, whatever the cache evicts. */
    private Map<Object, Object> batch() {
        var batch = batches == null ? null : batches.current();
        return batch == null ? null : batch.aggregates;
    }

    private void pin(Object key, Object value) {
        var batch = batch();
        if (batch != null) {
            batch.put(key, value);
        }
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
