package se.ledger.plan.query.api;

import java.time.Instant;

/** The decisions recorded on a plan, for picking an auditor's instant. */
public record FetchDecisions(String planId, Instant asOf) {
}
