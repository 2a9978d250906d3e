package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A measurement (utfall) of an indicator: a value, explicitly no new data, or a manager's
 * qualitative judgement (its text in comment, the manager in assessedBy). For a flow indicator the
 * value is the year-to-date total of the calendar year of its effective date. source and kolada
 * say where a fetched value came from; both null for a value typed in (and in events stored before
 * the Kolada import).
 */
@JsonTypeName("MeasurementRecorded")
@Revision("1")
public record MeasurementRecorded(
        IndicatorId indicatorId,
        PlanId planId,
        BigDecimal value,
        boolean noNewData,
        String comment,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        Judgement judgement,
        String assessedBy,
        MeasurementSource source,
        KoladaRef kolada) implements LedgerEvent {

    /** Typed in: a value, no new data or a judgement. */
    public MeasurementRecorded(IndicatorId indicatorId, PlanId planId, BigDecimal value, boolean noNewData,
            String comment, LocalDate effectiveDate, String actor, Correction correction, Judgement judgement,
            String assessedBy) {
        this(indicatorId, planId, value, noNewData, comment, effectiveDate, actor, correction, judgement, assessedBy,
                null, null);
    }

    /** A value or no new data, as every measurement was before qualitative judgements. */
    public MeasurementRecorded(IndicatorId indicatorId, PlanId planId, BigDecimal value, boolean noNewData,
            String comment, LocalDate effectiveDate, String actor, Correction correction) {
        this(indicatorId, planId, value, noNewData, comment, effectiveDate, actor, correction, null, null, null,
                null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
