package se.ledger.plan.query.api;

import java.time.Instant;

/** The plans the ledger knew at asOf. */
public record FindPlans(Instant asOf) {
}
