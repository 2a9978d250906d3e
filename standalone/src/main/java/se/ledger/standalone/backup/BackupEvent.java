package se.ledger.standalone.backup;

import java.util.Map;

/**
 * One row of the event store in a full backup, column for column, with its place in the Merkle
 * log (null when the log had not taken it yet) and the salts of its free texts. Payload as UTF-8
 * text (it is JSON), metadata in base64.
 */
record BackupEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
        String payloadType, String payloadRevision, String timestamp, String payload, String metadata,
        Long leafIndex, Map<String, String> salts, Map<String, Redaction> redactions) {

    /** A redacted text of the event: the commitment that replaces it in the leaf, and the redaction's record. */
    record Redaction(String commitment, String reason, String event, java.time.Instant at) {
    }

    BackupEvent {
        salts = salts == null ? Map.of() : Map.copyOf(salts);
        redactions = redactions == null ? Map.of() : Map.copyOf(redactions);
    }
}
