package se.ledger.plan.query.api;

import java.time.Instant;

/** The reports of a plan issued by asOf. */
public record FetchReports(String planId, Instant asOf) {
}
