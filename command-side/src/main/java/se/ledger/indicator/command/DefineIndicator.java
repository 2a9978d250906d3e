package se.ledger.indicator.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.ledger.events.Baseline;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorId;
import se.ledger.events.Target;

public record DefineIndicator(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        GoalId goalId,
        String name,
        String unit,
        Baseline baseline,
        Target target,
        String source,
        LocalDate effectiveDate,
        String actor) {
}
