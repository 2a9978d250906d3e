package se.ledger.imports.csv;

import java.time.LocalDate;

/** PLAN: id, titel, organisation, start and slut of the period, all required. */
final class PlanRowReader {

    private PlanRowReader() {
    }

    static SheetPlan read(RowCells row) {
        String id = Ids.required(row, SheetColumn.ID);
        String title = row.required(SheetColumn.TITLE);
        String organisation = row.required(SheetColumn.ORGANISATION);
        LocalDate start = row.date(SheetColumn.START, true);
        LocalDate end = row.date(SheetColumn.END, true);
        if (start != null && end != null && end.isBefore(start)) {
            row.problem(SheetColumn.END, "perioden slutar (" + end + ") innan den börjar (" + start + ")");
        }
        return new SheetPlan(id, organisation, title, start, end, row.line());
    }
}
