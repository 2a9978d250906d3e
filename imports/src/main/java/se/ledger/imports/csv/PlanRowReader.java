package se.ledger.imports.csv;

import java.time.LocalDate;
import se.ledger.command.Period;
import se.ledger.events.PlanLevel;

/** PLAN: id, titel, organisation, start and slut of the period, all required; nivå optional (a board's plan). */
final class PlanRowReader {

    private PlanRowReader() {
    }

    static SheetPlan read(RowCells row) {
        String id = Ids.required(row, SheetColumn.ID);
        String title = row.required(SheetColumn.TITLE);
        String organisation = row.required(SheetColumn.ORGANISATION);
        LocalDate start = row.date(SheetColumn.START, true);
        LocalDate end = row.date(SheetColumn.END, true);
        Period.problem(start, end).ifPresent(message -> row.problem(SheetColumn.END, message));
        PlanLevel level = Codes.read(row, SheetColumn.LEVEL, PlanLevel.class);
        return new SheetPlan(id, organisation, title, start, end, row.line(), PlanLevel.orDefault(level));
    }
}
