package se.ledger.indicator.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;
import se.ledger.events.DecisionRef;
import se.ledger.events.IndicatorId;
import se.ledger.events.Target;

public record ReviseIndicatorTarget(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        Target target,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
