package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An activity got a new responsible person or unit. */
@JsonTypeName("ActivityReassigned")
@Revision("1")
public record ActivityReassigned(
        ActivityId activityId,
        PlanId planId,
        Responsible responsible,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.activity(activityId);
    }
}
