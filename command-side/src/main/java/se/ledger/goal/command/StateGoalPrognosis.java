package se.ledger.goal.command;

import java.time.LocalDate;
import se.ledger.events.GoalId;
import se.ledger.events.Prognosis;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;

public record StateGoalPrognosis(
        @TargetAggregateIdentifier GoalId goalId,
        Prognosis prognosis,
        String motivation,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
