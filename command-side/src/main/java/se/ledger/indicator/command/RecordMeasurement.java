package se.ledger.indicator.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.IndicatorId;

/** A value, or noNewData; unit, when given, must be the indicator's. */
public record RecordMeasurement(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        BigDecimal value,
        boolean noNewData,
        String unit,
        String comment,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
