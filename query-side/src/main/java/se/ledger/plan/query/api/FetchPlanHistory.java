package se.ledger.plan.query.api;

import java.time.Instant;

/** Month by month: each goal's and activity's state at month end. */
public record FetchPlanHistory(String planId, int year, Instant asOf) {
}
