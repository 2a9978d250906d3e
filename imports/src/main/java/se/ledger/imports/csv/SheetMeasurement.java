package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.ledger.events.Judgement;

/**
 * A MÄTNING row: a value at a date, explicitly "inga nya data" (noNewData, value null), which is not the same
 * as no row at all, or a qualitative judgement (bedömning) whose text is the comment.
 */
public record SheetMeasurement(String indicatorId, LocalDate date, BigDecimal value, boolean noNewData,
        String comment, int sourceLine, Judgement judgement) {

    /** A value or no new data. */
    public SheetMeasurement(String indicatorId, LocalDate date, BigDecimal value, boolean noNewData, String comment,
            int sourceLine) {
        this(indicatorId, date, value, noNewData, comment, sourceLine, null);
    }
}
