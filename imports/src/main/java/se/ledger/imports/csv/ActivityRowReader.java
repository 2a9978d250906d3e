package se.ledger.imports.csv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.ledger.command.EffectiveDates;
import se.ledger.command.Period;

/**
 * AKTIVITET: id, mål (one or more goal ids separated by commas), titel and ansvarig required; ansvarig enhet,
 * start, slut, beskrivning, samverkan med (a list) and önskat läge optional; a status needs its statusdatum, and
 * a deviation needs a förklaring. The statusdatum is what the ledger calls the status's effective date: not after
 * today, and inside the period of the activity's plan (the plan of its first goal) when that plan is in the file.
 */
final class ActivityRowReader {

    private final List<SheetPlan> plans;
    private final List<SheetGoal> goals;
    private final LocalDate today;

    ActivityRowReader(List<SheetPlan> plans, List<SheetGoal> goals, LocalDate today) {
        this.plans = plans;
        this.goals = goals;
        this.today = today;
    }

    SheetActivity read(RowCells row) {
        String id = Ids.required(row, SheetColumn.ID);
        List<String> goalIds = Ids.list(row, SheetColumn.GOALS);
        String title = row.required(SheetColumn.TITLE);
        String responsible = row.required(SheetColumn.RESPONSIBLE);
        LocalDate start = row.date(SheetColumn.START, false);
        LocalDate end = row.date(SheetColumn.END, false);
        Period.problem(start, end).ifPresent(message -> row.problem(SheetColumn.END, message));
        SheetActivityStatus status = status(row);
        LocalDate statusDate = row.date(SheetColumn.STATUS_DATE, status != null);
        if (row.text(SheetColumn.STATUS) == null && statusDate != null) {
            row.problem(SheetColumn.STATUS_DATE,
                    "statusdatum utan status: fyll i status eller lämna statusdatum tomt");
        }
        if (status != null && statusDate != null) {
            checkStatusDate(row, statusDate, goalIds);
        }
        String explanation = row.text(SheetColumn.EXPLANATION);
        if (status != null && status.isDeviation() && explanation == null) {
            row.problem(SheetColumn.EXPLANATION, "statusen '" + status.label() + "' är en avvikelse och behöver en "
                    + "förklaring");
        }
        return new SheetActivity(id, goalIds, title, responsible, row.text(SheetColumn.RESPONSIBLE_UNIT), start,
                end, status, statusDate, explanation, row.line(), row.text(SheetColumn.DESCRIPTION),
                ListCells.items(row.text(SheetColumn.PARTNERS)), row.text(SheetColumn.DESIRED_STATE));
    }

    /** The ledger's own rules for a reported date (EffectiveDates), in its words, against the plan of the first goal. */
    private void checkStatusDate(RowCells row, LocalDate statusDate, List<String> goalIds) {
        EffectiveDates.afterToday(statusDate, today).ifPresent(message -> row.problem(SheetColumn.STATUS_DATE, message));
        if (!goalIds.isEmpty()) {
            SheetPeriods.ofGoal(goalIds.get(0), plans, goals).flatMap(period -> period.outside(statusDate))
                    .ifPresent(message -> row.problem(SheetColumn.STATUS_DATE, message));
        }
    }

    private static SheetActivityStatus status(RowCells row) {
        String text = row.text(SheetColumn.STATUS);
        if (text == null) {
            return null;
        }
        Optional<SheetActivityStatus> status = SheetActivityStatus.fromCell(text);
        if (status.isEmpty()) {
            row.problem(SheetColumn.STATUS, "okänd status '" + text + "'; tillåtna: "
                    + Arrays.stream(SheetActivityStatus.values()).map(SheetActivityStatus::label)
                            .collect(Collectors.joining(", ")));
        }
        return status.orElse(null);
    }
}
