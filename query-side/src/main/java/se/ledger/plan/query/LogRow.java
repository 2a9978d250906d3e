package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import se.ledger.events.EntityKind;

/** One event of the log, with what it corrected and what later corrected it. */
public record LogRow(String eventId, long position, EntityKind kind, String entityId, String type, String attribute,
        JsonNode value, LocalDate effectiveDate, Instant recordedAt, String actor, JsonNode data, String corrects,
        String correctionReason, String correctedBy, Instant correctedAt) {
}
