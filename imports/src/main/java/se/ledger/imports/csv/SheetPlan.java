package se.ledger.imports.csv;

import java.time.LocalDate;

/** A PLAN row: a verksamhetsplan of an organisation for a period. */
public record SheetPlan(String id, String organisation, String title, LocalDate periodStart, LocalDate periodEnd,
        int sourceLine) {
}
