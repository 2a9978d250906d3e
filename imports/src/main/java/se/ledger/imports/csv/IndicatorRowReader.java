package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NYCKELTAL: id, mål, titel required; enhet, källa optional; ingångsvärde needs its ingångsdatum; the target is
 * exactly one of målvärde, riktning (ökning/minskning) or målbeskrivning, with a måldatum, which a målvärde
 * requires.
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
            row.problem(SheetColumn.BASELINE_DATE, "ingångsvärdet '" + row.text(SheetColumn.BASELINE_VALUE)
                    + "' behöver ett ingångsdatum: dagen då det mättes");
        } else if (row.text(SheetColumn.BASELINE_VALUE) == null && row.text(SheetColumn.BASELINE_DATE) != null) {
            row.problem(SheetColumn.BASELINE_VALUE, "ingångsdatum '" + row.text(SheetColumn.BASELINE_DATE)
                    + "' utan ingångsvärde: fyll i värdet som mättes den dagen");
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
            row.problem(SheetColumn.TARGET_VALUE, "ett NYCKELTAL behöver ett önskat läge: fyll i målvärde, "
                    + "riktning eller målbeskrivning");
            return null;
        }
        if (given.size() > 1) {
            row.problem(given.get(1), "fyll i bara ett av målvärde, riktning och målbeskrivning, inte både "
                    + given.get(0).header() + " och " + given.get(1).header());
            return null;
        }
        return switch (given.get(0)) {
            case TARGET_VALUE -> valueTarget(row, date);
            case TARGET_DIRECTION -> directionTarget(row, date);
            default -> new SheetTarget(null, null, row.text(SheetColumn.TARGET_TEXT), date);
        };
    }

    /** The ledger refuses a numeric target without a date: a value must say when it should be reached. */
    private static SheetTarget valueTarget(RowCells row, LocalDate date) {
        BigDecimal value = row.decimal(SheetColumn.TARGET_VALUE);
        if (row.text(SheetColumn.TARGET_DATE) == null) {
            row.problem(SheetColumn.TARGET_DATE, "målvärdet '" + row.text(SheetColumn.TARGET_VALUE)
                    + "' behöver ett måldatum: dagen då värdet ska vara nått"
                    + (row.hasColumn(SheetColumn.TARGET_DATE) ? "" : " (rubrikraden saknar kolumnen 'måldatum')"));
        }
        return value == null ? null : new SheetTarget(value, null, null, date);
    }

    private static SheetTarget directionTarget(RowCells row, LocalDate date) {
        String text = row.text(SheetColumn.TARGET_DIRECTION);
        Optional<SheetTargetDirection> direction = SheetTargetDirection.fromCell(text);
        if (direction.isEmpty()) {
            row.problem(SheetColumn.TARGET_DIRECTION, "okänd riktning '" + text + "'; tillåtna: ökning, minskning");
            return null;
        }
        return new SheetTarget(null, direction.get(), null, date);
    }
}
