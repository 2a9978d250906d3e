package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** One stretch of an attribute's timeline: valid from (inclusive) to (exclusive; null = open). */
public record Segment(LocalDate validFrom, LocalDate validTo, JsonNode value, String eventId) {
}
