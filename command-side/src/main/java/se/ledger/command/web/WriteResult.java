package se.ledger.command.web;

/**
 * The answer to every write: the entity, the stored event, the entity's new version (for
 * If-Match) and the event's global position (for the read side's minPosition).
 */
public record WriteResult(String id, String eventId, long version, Long position, String decisionId) {
    public WriteResult(String id, String eventId, long version, Long position) {
        this(id, eventId, version, position, null);
    }

    public WriteResult withDecisionId(String decisionId) {
        return new WriteResult(id, eventId, version, position, decisionId);
    }
}
