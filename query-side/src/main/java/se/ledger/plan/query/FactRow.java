package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import se.ledger.events.EntityKind;

/** A fact as read back: valid from (inclusive) to (exclusive; null = open). */
public record FactRow(EntityKind kind, String entityId, String attribute, JsonNode value, LocalDate validFrom,
        LocalDate validTo, String eventId) {

    public boolean validAt(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
