package se.ledger.plan.query.api;

import java.time.Instant;

/** The organisation units the ledger knew at asOf, each with its plans. */
public record FindOrganisations(Instant asOf) {
}
