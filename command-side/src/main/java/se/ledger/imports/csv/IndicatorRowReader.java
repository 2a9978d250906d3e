package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NYCKELTAL: id, mål, titel required; enhet, källa optional; ingångsvärde needs its ingångsdatum; the target is
 * exactly one of målvärde, riktning (ökning/minskning) or målbeskrivning, with an optional måldatum.
 */
final class IndicatorRowReader {

    private IndicatorRowReader() {
    }

    static SheetIndicator read(RowCells row) {
        String id = Ids.required(row, SheetColumn.ID);
        String goal = Ids.required(row, SheetColumn.GOALS);
        String name = row.required(SheetColumn.TITLE);
        BigDecimal baseline = row.decimal(SheetColumn.BASELINE_VALUE);
        LocalDate baselineDate = row.date(SheetColumn.BASELINE_DATE, false);
        if (row.text(SheetColumn.BASELINE_VALUE) != null && row.text(SheetColumn.BASELINE_DATE) == null) {
            row.problem(SheetColumn.BASELINE_DATE, "an ingångsvärde needs the date it was measured");
        } else if (row.text(SheetColumn.BASELINE_VALUE) == null && row.text(SheetColumn.BASELINE_DATE) != null) {
            row.problem(SheetColumn.BASELINE_VALUE, "an ingångsdatum without an ingångsvärde");
        }
        return new SheetIndicator(id, goal, name, row.text(SheetColumn.UNIT), baseline, baselineDate, target(row),
                row.text(SheetColumn.SOURCE), row.line());
    }

    private static SheetTarget target(RowCells row) {
        LocalDate date = row.date(SheetColumn.TARGET_DATE, false);
        List<SheetColumn> given = new ArrayList<>();
        for (SheetColumn column : List.of(SheetColumn.TARGET_VALUE, SheetColumn.TARGET_DIRECTION,
                SheetColumn.TARGET_TEXT)) {
            if (row.text(column) != null) {
                given.add(column);
            }
        }
        if (given.isEmpty()) {
            row.problem(SheetColumn.TARGET_VALUE, "a NYCKELTAL needs a target: målvärde, riktning or målbeskrivning");
            return null;
        }
        if (given.size() > 1) {
            row.problem(given.get(1), "a target is one of målvärde, riktning or målbeskrivning: found both "
                    + given.get(0).header() + " and " + given.get(1).header());
            return null;
        }
        return switch (given.get(0)) {
            case TARGET_VALUE -> valueTarget(row, date);
            case TARGET_DIRECTION -> directionTarget(row, date);
            default -> new SheetTarget(null, null, row.text(SheetColumn.TARGET_TEXT), date);
        };
    }

    private static SheetTarget valueTarget(RowCells row, LocalDate date) {
        BigDecimal value = row.decimal(SheetColumn.TARGET_VALUE);
        return value == null ? null : new SheetTarget(value, null, null, date);
    }

    private static SheetTarget directionTarget(RowCells row, LocalDate date) {
        String text = row.text(SheetColumn.TARGET_DIRECTION);
        Optional<SheetTargetDirection> direction = SheetTargetDirection.fromCell(text);
        if (direction.isEmpty()) {
            row.problem(SheetColumn.TARGET_DIRECTION, "expected ökning or minskning, found '" + text + "'");
            return null;
        }
        return new SheetTarget(null, direction.get(), null, date);
    }
}
