package se.ledger.proof.log;

import java.util.Locale;
import java.util.Map;
import se.ledger.proof.leaf.LeafEvent;
import se.ledger.proof.leaf.TextCommitment;

/** One row of the event store, as read for the log: its place in the store and what the leaf commits to. */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String entityId, long sequence,
        String type, String revision, String recordedAt, String payload) {

    /** "ActivityAggregate" → "ACTIVITY": the entity kind an auditor reads, from the column Axon fills. */
    public String entityKind() {
        String kind = aggregateType == null ? "" : aggregateType.replaceFirst("Aggregate$", "");
        return kind.toUpperCase(Locale.ROOT);
    }

    LeafEvent leaf(Map<String, TextCommitment> texts) {
        return new LeafEvent(eventId, entityKind(), entityId, sequence, type, revision == null ? "" : revision,
                recordedAt, payload, texts);
    }
}
