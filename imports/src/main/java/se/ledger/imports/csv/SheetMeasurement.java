package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A MÄTNING row: a value at a date, or explicitly "inga nya data" (noNewData, value null), which is not the same
 * as no row at all.
 */
public record SheetMeasurement(String indicatorId, LocalDate date, BigDecimal value, boolean noNewData,
        String comment, int sourceLine) {
}
