package se.ledger.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Lets an import append the events of all its commands in one batched insert, instead of one insert
 * per command: while {@link #during} runs, the event store's appends on this thread are held back
 * ({@link BatchingStorageEngine}) and written together at its end, inside the same transaction. The
 * commands still see each other's events (the directory is written per command; an entity's version
 * counts its held-back events) and a clash on an entity's event number still fails the whole batch.
 * <p>
 * A batch also keeps, for its own thread and lifetime only, what its transaction has already learnt: each
 * entity's last event number appended in it, the entities its commands loaded or created
 * ({@link AggregateCache}) and the directory's answers ({@link JdbcDirectory}). An import of thousands of rows
 * thus reads none of its own writes back from the database, and nothing it learnt outlives the transaction.
 */
@Component
public class BatchedAppends {

    /** What one open batch holds. */
    static final class Batch {
        final List<EventMessage<?>> held = new ArrayList<>();
        final Map<String, Long> lastSequence = new HashMap<>();
        final Map<Object, Object> aggregates = new HashMap<>();
        final Map<Object, Object> directory = new HashMap<>();
        /** Writes that must reach the database before the batch's events do. */
        final List<Runnable> beforeAppend = new ArrayList<>();
    }

    private final ThreadLocal<Batch> open = new ThreadLocal<>();
    private volatile EventStorageEngine engine; // the real storage, once the event store's is wrapped

    /** Runs {@code work} (inside a transaction) with its events appended together when it ends. */
    public <T> T during(Supplier<T> work) {
        if (open.get() != null || engine == null) {
            return work.get();
        }
        open.set(new Batch());
        try {
            T result = work.get();
            flush(engine);
            return result;
        } finally {
            open.remove();
        }
    }

    /** Wraps the event store's storage so that it holds back a batch's appends. */
    EventStorageEngine wrap(EventStorageEngine storage) {
        this.engine = storage;
        return new BatchingStorageEngine(storage, this);
    }

    /** The batch open on this thread, or null. */
    Batch current() {
        return open.get();
    }

    /** Holds back appended events, remembering each entity's last number. */
    static void hold(Batch batch, List<? extends EventMessage<?>> events) {
        batch.held.addAll(events);
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                batch.lastSequence.put(domain.getAggregateIdentifier(), domain.getSequenceNumber());
            }
        }
    }

    void flush(EventStorageEngine engine) {
        var batch = open.get();
        if (batch == null) {
            return;
        }
        batch.beforeAppend.forEach(Runnable::run);
        if (!batch.held.isEmpty()) {
            var events = List.copyOf(batch.held);
            batch.held.clear();
            engine.appendEvents(events);
        }
    }
}
