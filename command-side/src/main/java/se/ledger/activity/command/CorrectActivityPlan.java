package se.ledger.activity.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;
import se.ledger.events.GoalId;
import se.ledger.events.Responsible;

/** The activity was planned with a mistake: plan it again, correctly, superseding the first plan. */
public record CorrectActivityPlan(
        @TargetAggregateIdentifier ActivityId activityId,
        List<GoalId> goalIds,
        String title,
        String description,
        Responsible responsible,
        List<String> partners,
        LocalDate start,
        LocalDate end,
        String desiredState,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
