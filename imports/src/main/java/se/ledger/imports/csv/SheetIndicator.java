package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.IndicatorKind;
import se.ledger.events.YearTarget;

/**
 * A NYCKELTAL row.
 *
 * @param unit          e.g. "%", null when empty
 * @param baselineValue ingångsvärde, null when none; then baselineDate is null too
 * @param target        null when the indicator has yearly targets instead
 * @param source        källa, e.g. "Kolada N15428", null when empty
 * @param kind          måttslag: a level (default) or a flow within each year
 * @param baselineText  ingångsbeskrivning: a baseline in words, instead of a value
 * @param yearTargets   målvärden per år, empty when none
 * @param validity      gäller till with its beslut, null when the indicator is not retired
 */
public record SheetIndicator(String id, String goalId, String name, String unit, BigDecimal baselineValue,
        LocalDate baselineDate, SheetTarget target, String source, int sourceLine, IndicatorKind kind,
        String baselineText, List<YearTarget> yearTargets, SheetValidity validity) {

    public SheetIndicator {
        yearTargets = List.copyOf(yearTargets);
    }

    /** A level with one target. */
    public SheetIndicator(String id, String goalId, String name, String unit, BigDecimal baselineValue,
            LocalDate baselineDate, SheetTarget target, String source, int sourceLine) {
        this(id, goalId, name, unit, baselineValue, baselineDate, target, source, sourceLine, IndicatorKind.LEVEL,
                null, List.of(), null);
    }
}
