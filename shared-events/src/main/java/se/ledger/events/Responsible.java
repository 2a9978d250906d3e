package se.ledger.events;

/** Who answers for an activity (ansvarig): a person and the unit they act for. */
public record Responsible(String person, String unit) {
}
