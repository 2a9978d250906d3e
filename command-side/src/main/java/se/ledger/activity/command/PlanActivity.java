package se.ledger.activity.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.command.Definition;
import se.ledger.events.Correction;
import se.ledger.events.ActivityId;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;

/** The activity, planned; with a correction, planned again correctly, superseding the first plan. */
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
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) implements Definition {

    /** A first definition: nothing to correct, no version to expect. */
    public PlanActivity(ActivityId activityId, PlanId planId, List<GoalId> goalIds, String title,
            String description, Responsible responsible, List<String> partners, LocalDate start, LocalDate end,
            String desiredState, LocalDate effectiveDate, String actor) {
        this(activityId, planId, goalIds, title, description, responsible, partners, start, end, desiredState,
                effectiveDate, actor, null, null);
    }
}
