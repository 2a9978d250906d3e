package se.ledger.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The events a command appended, as Axon publishes them on the sending thread, so a write can answer
 * with the event it stored without reading it back from the event store.
 */
@Component
public class AppendedEvents {

    private final ThreadLocal<List<DomainEventMessage<?>>> recording = new ThreadLocal<>();

    AppendedEvents(EventStore events) {
        events.registerDispatchInterceptor(this::record);
    }

    /** Runs {@code send} (a command sent and waited for) and answers the last event it appended to the entity. */
    public DomainEventMessage<?> lastOf(String entityId, Runnable send) {
        var appended = during(send);
        for (int i = appended.size() - 1; i >= 0; i--) {
            if (entityId.equals(appended.get(i).getAggregateIdentifier())) {
                return appended.get(i);
            }
        }
        throw new IllegalStateException("No event stored for " + entityId);
    }

    /** Runs {@code send} (commands sent and waited for on this thread) and answers the events they appended. */
    public List<DomainEventMessage<?>> during(Runnable send) {
        var outer = recording.get();
        var appended = new ArrayList<DomainEventMessage<?>>();
        recording.set(appended);
        try {
            send.run();
        } finally {
            recording.set(outer);
        }
        return appended;
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> record(List<? extends EventMessage<?>> events) {
        var appended = recording.get();
        if (appended != null) {
            events.stream().filter(DomainEventMessage.class::isInstance)
                    .forEach(event -> appended.add((DomainEventMessage<?>) event));
        }
        return (index, event) -> event;
    }
}
