package se.ledger.events;

/** Names the earlier event (of the same entity) that an event supersedes, and why. */
public record Correction(String eventId, String reason) {
}
