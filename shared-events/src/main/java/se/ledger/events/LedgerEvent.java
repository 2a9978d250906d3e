package se.ledger.events;

import java.time.LocalDate;

/**
 * What every ledger event carries. The recorded time is not here on purpose: the event store
 * stamps it, so no client can choose it.
 */
public interface LedgerEvent {
    PlanId planId();

    /** The entity whose history this event belongs to. */
    EntityRef subject();

    LocalDate effectiveDate();

    String actor();

    /** Set when this event supersedes an earlier one; null otherwise. */
    Correction correction();
}
