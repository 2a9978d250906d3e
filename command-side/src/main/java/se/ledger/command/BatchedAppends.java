package se.ledger.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Lets an import append the events of all its commands in one batched insert, instead of one insert
 * per command: while {@link #during} runs, the event store's appends on this thread are held back
 * ({@link BatchingStorageEngine}) and written together at its end, inside the same transaction. The
 * commands still see each other's events (the directory is written per command; an entity's version
 * counts its held-back events) and a clash on an entity's event number still fails the whole batch.
 */
@Component
public class BatchedAppends {

    private final ThreadLocal<List<EventMessage<?>>> pending = new ThreadLocal<>();
    private volatile EventStorageEngine engine; // the real storage, once the event store's is wrapped

    /** Runs {@code work} (inside a transaction) with its events appended together when it ends. */
    public <T> T during(Supplier<T> work) {
        if (pending.get() != null || engine == null) {
            return work.get();
        }
        pending.set(new ArrayList<>());
        try {
            T result = work.get();
            flush(engine);
            return result;
        } finally {
            pending.remove();
        }
    }

    /** Wraps the event store's storage so that it holds back a batch's appends. */
    EventStorageEngine wrap(EventStorageEngine storage) {
        this.engine = storage;
        return new BatchingStorageEngine(storage, this);
    }

    /** The events held back on this thread, or null when no batch is open. */
    List<EventMessage<?>> pending() {
        return pending.get();
    }

    void flush(EventStorageEngine engine) {
        var held = pending.get();
        if (held != null && !held.isEmpty()) {
            var batch = List.copyOf(held);
            held.clear();
            engine.appendEvents(batch);
        }
    }
}
