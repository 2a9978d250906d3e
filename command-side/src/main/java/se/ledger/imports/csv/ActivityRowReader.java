package se.ledger.imports.csv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * AKTIVITET: id, mål (one or more goal ids separated by commas), titel and ansvarig required; ansvarig enhet,
 * start, slut optional; a status needs its statusdatum, and a deviation needs a förklaring.
 */
final class ActivityRowReader {

    private ActivityRowReader() {
    }

    static SheetActivity read(RowCells row) {
        String id = Ids.required(row, SheetColumn.ID);
        List<String> goals = Ids.list(row, SheetColumn.GOALS);
        String title = row.required(SheetColumn.TITLE);
        String responsible = row.required(SheetColumn.RESPONSIBLE);
        LocalDate start = row.date(SheetColumn.START, false);
        LocalDate end = row.date(SheetColumn.END, false);
        if (start != null && end != null && end.isBefore(start)) {
            row.problem(SheetColumn.END, "the activity ends (" + end + ") before it starts (" + start + ")");
        }
        SheetActivityStatus status = status(row);
        LocalDate statusDate = row.date(SheetColumn.STATUS_DATE, status != null);
        if (row.text(SheetColumn.STATUS) == null && statusDate != null) {
            row.problem(SheetColumn.STATUS_DATE, "a statusdatum without a status");
        }
        String explanation = row.text(SheetColumn.EXPLANATION);
        if (status != null && status.isDeviation() && explanation == null) {
            row.problem(SheetColumn.EXPLANATION, "the status '" + status.label() + "' is a deviation and needs an "
                    + "explanation (förklaring)");
        }
        return new SheetActivity(id, goals, title, responsible, row.text(SheetColumn.RESPONSIBLE_UNIT), start, end,
                status, statusDate, explanation, row.line());
    }

    private static SheetActivityStatus status(RowCells row) {
        String text = row.text(SheetColumn.STATUS);
        if (text == null) {
            return null;
        }
        Optional<SheetActivityStatus> status = SheetActivityStatus.fromCell(text);
        if (status.isEmpty()) {
            row.problem(SheetColumn.STATUS, "unknown status '" + text + "': expected one of "
                    + Arrays.stream(SheetActivityStatus.values()).map(SheetActivityStatus::label)
                            .collect(Collectors.joining(", "))
                    + " (or their codes)");
        }
        return status.orElse(null);
    }
}
