package se.ledger.indicator.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.IndicatorId;
import se.ledger.events.Judgement;
import se.ledger.events.KoladaRef;
import se.ledger.events.MeasurementSource;

/**
 * A value, noNewData, or a qualitative judgement with its text (in comment); unit, when given,
 * must be the indicator's. source and kolada are set by the Kolada import only.
 */
public record RecordMeasurement(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        BigDecimal value,
        boolean noNewData,
        String unit,
        String comment,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion,
        Judgement judgement,
        MeasurementSource source,
        KoladaRef kolada) {

    /** Typed in: a value, no new data or a judgement. */
    public RecordMeasurement(IndicatorId indicatorId, BigDecimal value, boolean noNewData, String unit,
            String comment, LocalDate effectiveDate, String actor, Correction correction, Long expectedVersion,
            Judgement judgement) {
        this(indicatorId, value, noNewData, unit, comment, effectiveDate, actor, correction, expectedVersion, judgement,
                null, null);
    }

    /** A value or no new data. */
    public RecordMeasurement(IndicatorId indicatorId, BigDecimal value, boolean noNewData, String unit,
            String comment, LocalDate effectiveDate, String actor, Correction correction, Long expectedVersion) {
        this(indicatorId, value, noNewData, unit, comment, effectiveDate, actor, correction, expectedVersion, null,
                null, null);
    }
}
