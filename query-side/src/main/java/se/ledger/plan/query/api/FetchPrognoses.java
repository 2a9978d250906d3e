package se.ledger.plan.query.api;

import java.time.Instant;
import java.time.LocalDate;

/** Computed and stated prognosis per goal, with reasons. */
public record FetchPrognoses(String planId, Instant asOf, LocalDate validAt) {
}
