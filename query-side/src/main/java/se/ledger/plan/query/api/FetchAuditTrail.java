package se.ledger.plan.query.api;

import se.ledger.events.EntityKind;

/** Every event of one entity, with both times and corrections. */
public record FetchAuditTrail(EntityKind kind, String id) {
}
