package se.ledger.platform.events;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, woken when events are appended instead of by its fetch delay.
 * Axon wakes its reader when its own unit of work commits, but a write inside a Spring
 * transaction is not yet visible then: the reader found nothing and slept a whole fetch delay.
 * Here the wake waits for the real commit, and a wake also tells every open stream, so a
 * processor that stopped polling hears of the new events at once.
 */
public class WakingEventStore extends EmbeddedEventStore {

    private final Set<WakingEventStream> streams = ConcurrentHashMap.newKeySet();
    private final Set<Runnable> appendListeners = ConcurrentHashMap.newKeySet();

    WakingEventStore(Builder builder) {
        super(builder);
    }

    /** New events may be stored (here or by another node): read them now. */
    public void wake() {
        super.afterCommit(List.of());
        streams.forEach(WakingEventStream::wake);
    }

    /** Called after each commit of events appended through this store, on the committing thread. */
    public void onAppend(Runnable listener) {
        appendListeners.add(listener);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    appended();
                }
            });
        } else {
            appended();
        }
    }

    private void appended() {
        wake();
        appendListeners.forEach(Runnable::run);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        var stream = new WakingEventStream(super.openStream(trackingToken), streams::remove);
        streams.add(stream);
        return stream;
    }
}
