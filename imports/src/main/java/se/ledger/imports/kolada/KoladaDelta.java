package se.ledger.imports.kolada;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ledger.command.PlanPeriod;
import se.ledger.events.Correction;
import se.ledger.events.IndicatorId;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;
import se.ledger.imports.kolada.KoladaIndicators.Connected;
import se.ledger.imports.kolada.KoladaIndicators.Standing;
import se.ledger.indicator.command.RecordMeasurement;

/**
 * What the fetched values add to the ledger: a year's value is about 31 December of that year; a value
 * already standing is not stored again, a value Kolada revised corrects the one it replaces, and a year
 * outside the plan's period, after today or after the indicator's last day is skipped.
 */
final class KoladaDelta {

    static final String ACTOR = "kolada";
    static final String REVISED = "reviderat i Kolada";

    record Result(List<RecordMeasurement> commands, List<KoladaImportSummary.IndicatorResult> indicators) {
    }

    private KoladaDelta() {
    }

    static Result of(List<Connected> connected, Map<KoladaRef, List<KoladaValue>> fetched, PlanPeriod period,
            LocalDate today) {
        var commands = new ArrayList<RecordMeasurement>();
        var results = new ArrayList<KoladaImportSummary.IndicatorResult>();
        for (Connected indicator : connected) {
            List<KoladaValue> values = fetched.get(indicator.kolada());
            if (values == null) {
                continue; // connected after the values were fetched: the next import takes it
            }
            int recorded = 0;
            int unchanged = 0;
            int corrected = 0;
            int skipped = 0;
            for (KoladaValue value : values.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
                LocalDate date = LocalDate.of(value.year(), 12, 31);
                Standing standing = indicator.standing().get(date);
                if (!period.contains(date) || date.isAfter(today)
                        || (indicator.validTo() != null && date.isAfter(indicator.validTo()))
                        || (standing != null && !standing.fetched())) {
                    skipped++;
                } else if (standing != null && standing.value() != null
                        && standing.value().compareTo(value.value()) == 0) {
                    unchanged++;
                } else {
                    Correction correction = standing == null ? null : new Correction(standing.eventId(), REVISED);
                    commands.add(new RecordMeasurement(new IndicatorId(indicator.indicatorId()), value.value(), false,
                            null, null, date, ACTOR, correction, null, null, MeasurementSource.KOLADA,
                            indicator.kolada()));
                    if (correction == null) {
                        recorded++;
                    } else {
                        corrected++;
                    }
                }
            }
            results.add(new KoladaImportSummary.IndicatorResult(indicator.indicatorId(), indicator.kolada().kpi(),
                    indicator.kolada().municipality(), recorded, unchanged, corrected, skipped));
        }
        return new Result(commands, results);
    }
}
