package se.ledger.plan.query.api;

import java.time.Instant;
import java.util.Set;
import se.ledger.events.EntityKind;

/** The events of a plan and of its goals, indicators and activities of the kinds named, recorded by asOf. */
public record FetchPlanTrail(String planId, Set<EntityKind> kinds, Instant asOf) {
}
