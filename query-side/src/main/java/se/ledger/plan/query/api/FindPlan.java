package se.ledger.plan.query.api;

import java.time.Instant;
import java.time.LocalDate;

/** The goal tree of a plan on validAt as the ledger knew it at asOf. */
public record FindPlan(String planId, Instant asOf, LocalDate validAt) {
}
