package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A measurement (utfall) of an indicator: a value, or explicitly no new data. */
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
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.indicator(indicatorId);
    }
}
