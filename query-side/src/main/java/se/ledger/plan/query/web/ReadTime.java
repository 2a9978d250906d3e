package se.ledger.plan.query.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a read looks at the ledger, taken from the query string by {@link ReadTimeResolver} once the
 * read side has caught up with the request's minPosition. Each endpoint asks for the axes it has,
 * so a parameter it does not read is not checked either. {@code report=<reportId>} stands for a
 * report's issue instant (asOf, or from for a change window) and report date (validAt).
 */
public sealed interface ReadTime {

    /** No time axis: only caught up with minPosition. */
    record CaughtUp() implements ReadTime {
    }

    /** asOf: what the ledger knew then (default now); reportDate when the time is a report's (else null). */
    record KnownAt(Instant asOf, LocalDate reportDate) implements ReadTime {
        KnownAt(Instant asOf) {
            this(asOf, null);
        }
    }

    /** asOf and validAt: what the ledger knew then about that date (defaults now and today). */
    record TimeAxes(Instant asOf, LocalDate validAt) implements ReadTime {
    }

    /** What the ledger learnt between from (required) and to (default now) about validAt (default: to's date). */
    record ChangeWindow(Instant from, Instant to, LocalDate validAt) implements ReadTime {
    }
}
