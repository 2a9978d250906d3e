package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An activity was planned in a plan, linked to one or more goals. */
@JsonTypeName("ActivityPlanned")
@Revision("1")
public record ActivityPlanned(
        ActivityId activityId,
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
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.activity(activityId);
    }
}
