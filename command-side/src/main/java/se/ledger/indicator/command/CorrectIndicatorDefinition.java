package se.ledger.indicator.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Baseline;
import se.ledger.events.Correction;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorId;
import se.ledger.events.Target;

/** The indicator was defined with a mistake (a wrong baseline, say): define it again, correctly. */
public record CorrectIndicatorDefinition(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        GoalId goalId,
        String name,
        String unit,
        Baseline baseline,
        Target target,
        String source,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
