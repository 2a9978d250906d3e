package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import se.ledger.events.Judgement;
import se.ledger.indicator.command.MeasurementKinds;
import se.ledger.platform.input.InputRules;

/**
 * MÄTNING: nyckeltal and datum required, and exactly one of värde (a number or "inga nya data") and bedömning
 * (I fas, Risk, Ur fas), whose text is the kommentar; kommentar otherwise optional.
 */
final class MeasurementRowReader {

    static final String NO_NEW_DATA = "inga nya data";

    private MeasurementRowReader() {
    }

    static SheetMeasurement read(RowCells row) {
        String indicator = Ids.required(row, SheetColumn.INDICATOR_ID);
        LocalDate date = row.date(SheetColumn.DATE, true);
        Judgement judgement = Codes.read(row, SheetColumn.JUDGEMENT, Judgement.class);
        boolean judged = row.text(SheetColumn.JUDGEMENT) != null;
        String text = judged ? row.text(SheetColumn.VALUE) : row.required(SheetColumn.VALUE);
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
        String comment = row.text(SheetColumn.COMMENT);
        if (judgement != null && (text == null || value != null || noNewData)) {
            BigDecimal measured = value;
            boolean none = noNewData;
            LedgerRules.check(row, Map.of("value", SheetColumn.VALUE, "text", SheetColumn.COMMENT),
                    SheetColumn.JUDGEMENT, () -> MeasurementKinds.check(measured, none, judgement, comment));
        }
        return new SheetMeasurement(indicator, date, value, noNewData, comment, row.line(), judgement);
    }
}
