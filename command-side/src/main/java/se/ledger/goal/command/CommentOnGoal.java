package se.ledger.goal.command;

import java.time.LocalDate;
import se.ledger.events.GoalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;

public record CommentOnGoal(
        @TargetAggregateIdentifier GoalId goalId,
        String text,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
