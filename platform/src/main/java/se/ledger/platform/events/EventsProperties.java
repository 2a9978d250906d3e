package se.ledger.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How new events reach the projections.
 *
 * @param fetchDelayMillis how often the event store looks for events nobody woke it for (Axon's fetch delay)
 * @param notifyNodes      tell other nodes on the same database of appends (PostgreSQL NOTIFY) and listen for theirs
 * @param reconnectMillis  pause before the listening connection is opened again after it broke (e.g. a failover)
 */
@ConfigurationProperties(prefix = "ledger.events")
public record EventsProperties(Long fetchDelayMillis, Boolean notifyNodes, Long reconnectMillis) {

    /** The channel every node listens on; the payload names the node that appended. */
    public static final String CHANNEL = "ledger_events";

    public EventsProperties {
        fetchDelayMillis = fetchDelayMillis == null ? 1000L : fetchDelayMillis;
        notifyNodes = notifyNodes == null || notifyNodes;
        reconnectMillis = reconnectMillis == null ? 1000L : reconnectMillis;
    }
}
