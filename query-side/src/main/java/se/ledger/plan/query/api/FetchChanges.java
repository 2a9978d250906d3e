package se.ledger.plan.query.api;

import java.time.Instant;
import java.time.LocalDate;

/** What changed in the plan between two recorded instants. */
public record FetchChanges(String planId, Instant from, Instant to, LocalDate validAt) {
}
