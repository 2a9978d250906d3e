package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An activity got new start and end dates. */
@JsonTypeName("ActivityRescheduled")
@Revision("1")
public record ActivityRescheduled(
        ActivityId activityId,
        PlanId planId,
        LocalDate start,
        LocalDate end,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.activity(activityId);
    }
}
