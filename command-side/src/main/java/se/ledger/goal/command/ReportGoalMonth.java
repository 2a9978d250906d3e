package se.ledger.goal.command;

import java.time.YearMonth;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.Correction;

public record ReportGoalMonth(
        @TargetAggregateIdentifier GoalId goalId,
        YearMonth month,
        MonthMark mark,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
