package se.ledger.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store's storage, holding back this thread's appends while a {@link BatchedAppends} batch is
 * open. Whatever reads an entity's events first writes the held-back ones, so nothing is read stale.
 */
final class BatchingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final BatchedAppends batches;

    BatchingStorageEngine(EventStorageEngine delegate, BatchedAppends batches) {
        this.delegate = delegate;
        this.batches = batches;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        var batch = batches.current();
        if (batch == null) {
            delegate.appendEvents(events);
        } else {
            BatchedAppends.hold(batch, events);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        batches.flush(delegate);
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        batches.flush(delegate);
        return delegate.readSnapshot(aggregateIdentifier);
    }

    /**
     * An event appended in the batch, held back or written already, is the entity's latest: the stored ones all
     * came before it, and another writer's later one would clash with it on the event number.
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        var batch = batches.current();
        if (batch != null) {
            Long last = batch.lastSequence.get(aggregateIdentifier);
            if (last != null) {
                return Optional.of(last);
            }
        }
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
