package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import se.ledger.events.EntityKind;

/**
 * What one event asserts about one attribute of one entity, from its effective date on, as
 * recorded at its recorded time.
 */
public record Assertion(
        String eventId,
        long position,
        String planId,
        EntityKind kind,
        String entityId,
        String type,
        String attribute,
        JsonNode value,
        LocalDate effectiveDate,
        Instant recordedAt,
        String actor,
        JsonNode data,
        String corrects,
        String correctionReason) {
}
