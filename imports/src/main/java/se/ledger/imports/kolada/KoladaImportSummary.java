package se.ledger.imports.kolada;

import java.time.Instant;
import java.util.List;

/**
 * What one Kolada import did, per connected indicator and in total.
 *
 * @param fetchedAt when the values were fetched: the recorded time of what was stored
 * @param position  global position of the last stored event, for the read side's minPosition; null when
 *                  nothing was stored
 */
public record KoladaImportSummary(String planId, Instant fetchedAt, String message, int recorded, int unchanged,
        int corrected, int skipped, List<IndicatorResult> indicators, Long position) {

    /**
     * @param skipped years outside the plan's period, after today or after the indicator's last day, or whose
     *                fetched value a person corrected by hand
     */
    public record IndicatorResult(String indicatorId, String kpi, String municipality, int recorded, int unchanged,
            int corrected, int skipped) {
    }

    static KoladaImportSummary of(String planId, Instant fetchedAt, List<IndicatorResult> indicators,
            Long position) {
        int recorded = indicators.stream().mapToInt(IndicatorResult::recorded).sum();
        int unchanged = indicators.stream().mapToInt(IndicatorResult::unchanged).sum();
        int corrected = indicators.stream().mapToInt(IndicatorResult::corrected).sum();
        int skipped = indicators.stream().mapToInt(IndicatorResult::skipped).sum();
        String message = indicators.isEmpty() ? "Inga nyckeltal i planen " + planId + " är kopplade till Kolada."
                : recorded + corrected == 0 ? "Inget nytt i Kolada för planen " + planId + "; inget har lagrats."
                : "Från Kolada: " + recorded + " nya värden och " + corrected
                        + " reviderade (rättelser) för planen " + planId + "; " + unchanged + " fanns redan.";
        return new KoladaImportSummary(planId, fetchedAt, message, recorded, unchanged, corrected, skipped,
                List.copyOf(indicators), position);
    }
}
