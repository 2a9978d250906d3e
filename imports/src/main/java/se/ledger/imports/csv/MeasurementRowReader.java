package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.ledger.platform.input.InputRules;

/** MÄTNING: nyckeltal, datum and värde required; värde is a number or "inga nya data"; kommentar optional. */
final class MeasurementRowReader {

    static final String NO_NEW_DATA = "inga nya data";

    private MeasurementRowReader() {
    }

    static SheetMeasurement read(RowCells row) {
        String indicator = Ids.required(row, SheetColumn.INDICATOR_ID);
        LocalDate date = row.date(SheetColumn.DATE, true);
        String text = row.required(SheetColumn.VALUE);
        boolean noNewData = text != null && Labels.normalize(text).equals(NO_NEW_DATA);
        BigDecimal value = null;
        if (text != null && !noNewData) {
            value = Decimals.parse(text).orElse(null);
            if (value == null) {
                row.problem(SheetColumn.VALUE, "inte ett tal: '" + text + "' (skriv t.ex. 12,5, utan enhet, eller \""
                        + NO_NEW_DATA + "\")");
            } else if (InputRules.numberProblem(value) != null) {
                row.problem(SheetColumn.VALUE, "talet '" + text + "': " + InputRules.numberProblem(value));
                value = null;
            }
        }
        return new SheetMeasurement(indicator, date, value, noNewData, row.text(SheetColumn.COMMENT), row.line());
    }
}
