package se.ledger.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.junit.jupiter.api.Test;

/** A woken stream calls its reader back and then looks for the store's events until they come. */
class WakingEventStreamTest {

    /** Has events from the given look on; records how long each look was allowed to wait. */
    static class Delegate implements TrackingEventStream {
        final List<Long> waits = new ArrayList<>();
        int availableFromLook = Integer.MAX_VALUE;
        boolean closed;

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            waits.add(unit.toMillis(timeout));
            return waits.size() >= availableFromLook;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aWakeCallsTheReaderBackOnce() {
        var stream = new WakingEventStream(new Delegate(), s -> { });
        var calls = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
        stream.wake();
        assertThat(calls).hasValue(1);
    }

    @Test
    void theFirstLookAfterAWakeWaitsForTheEventsInSlices() throws InterruptedException {
        var delegate = new Delegate();
        delegate.availableFromLook = 3;
        var stream = new WakingEventStream(delegate, s -> { });
        stream.wake();
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(delegate.waits).hasSize(3).containsOnly((long) WakingEventStream.SLICE_MILLIS);
    }

    @Test
    void withoutAWakeALookDoesNotWait() throws InterruptedException {
        var delegate = new Delegate();
        var stream = new WakingEventStream(delegate, s -> { });
        stream.wake();
        stream.hasNextAvailable();
        delegate.waits.clear();
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(delegate.waits).containsExactly(0L);
    }

    @Test
    void aClosedStreamLeavesTheStore() {
        var delegate = new Delegate();
        var left = new ArrayList<WakingEventStream>();
        var stream = new WakingEventStream(delegate, left::add);
        stream.close();
        assertThat(left).containsExactly(stream);
        assertThat(delegate.closed).isTrue();
    }
}
