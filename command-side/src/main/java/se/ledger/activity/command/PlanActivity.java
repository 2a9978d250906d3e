package se.ledger.activity.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.ledger.events.ActivityId;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;

public record PlanActivity(
        @TargetAggregateIdentifier ActivityId activityId,
        PlanId planId,
        List<GoalId> goalIds,
        String title,
        String description,
        Responsible responsible,
        List<String> partners,
        LocalDate start,
        LocalDate end,
        String desiredState,
        LocalDate effectiveDate,
        String actor) {
}
