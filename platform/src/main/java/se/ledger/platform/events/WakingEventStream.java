package se.ledger.platform.events;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * A stream of the embedded event store that tells its reader when events were appended. A pooled
 * processor whose stream offers this callback runs as soon as it is called, instead of looking
 * every half second. The store reads the new events on its own thread, so the first look after a
 * wake waits a little for them rather than finding nothing and going back to sleep.
 */
final class WakingEventStream implements TrackingEventStream {

    /** How long the first look after a wake waits for the events; a processor idles that long anyway. */
    static final int WOKEN_WAIT_MILLIS = 500;
    /**
     * The wait is cut in slices: Axon's stream can miss the store's signal when the events arrive
     * between its look and its wait, and would then sleep the whole wait.
     */
    static final int SLICE_MILLIS = 10;

    private final TrackingEventStream delegate;
    private final Consumer<WakingEventStream> onClose;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile Runnable onAvailable;

    WakingEventStream(TrackingEventStream delegate, Consumer<WakingEventStream> onClose) {
        this.delegate = delegate;
        this.onClose = onClose;
    }

    void wake() {
        woken.set(true);
        var callback = onAvailable;
        if (callback != null) {
            callback.run();
        }
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        onAvailable = callback;
        return true;
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        if (woken.getAndSet(false) && unit.toMillis(timeout) < WOKEN_WAIT_MILLIS) {
            for (int waited = 0; waited < WOKEN_WAIT_MILLIS; waited += SLICE_MILLIS) {
                if (delegate.hasNextAvailable(SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        onClose.accept(this);
        delegate.close();
    }
}
