package se.ledger.imports.csv;

import java.time.LocalDate;
import se.ledger.events.PlanLevel;

/** A PLAN row: a verksamhetsplan of an organisation at a level (nivå) for a period. */
public record SheetPlan(String id, String organisation, String title, LocalDate periodStart, LocalDate periodEnd,
        int sourceLine, PlanLevel level) {

    /** A board's plan, as when nivå is empty. */
    public SheetPlan(String id, String organisation, String title, LocalDate periodStart, LocalDate periodEnd,
            int sourceLine) {
        this(id, organisation, title, periodStart, periodEnd, sourceLine, PlanLevel.BOARD);
    }
}
