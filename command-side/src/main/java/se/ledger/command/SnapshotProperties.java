package se.ledger.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an entity's state is stored as a snapshot, so that a write loads it from the snapshot and
 * the events after it instead of replaying its whole history.
 *
 * @param threshold events read while loading an entity that trigger a new snapshot of it
 */
@ConfigurationProperties(prefix = "ledger.snapshots")
public record SnapshotProperties(Integer threshold) {
    public SnapshotProperties {
        threshold = threshold == null ? 100 : threshold;
        if (threshold < 1) {
            throw new IllegalArgumentException("ledger.snapshots.threshold must be at least 1");
        }
    }
}
