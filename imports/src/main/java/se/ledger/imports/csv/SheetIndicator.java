package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A NYCKELTAL row.
 *
 * @param unit          e.g. "%", null when empty
 * @param baselineValue ingångsvärde, null when none; then baselineDate is null too
 * @param source        källa, e.g. "Kolada N15428", null when empty
 */
public record SheetIndicator(String id, String goalId, String name, String unit, BigDecimal baselineValue,
        LocalDate baselineDate, SheetTarget target, String source, int sourceLine) {
}
