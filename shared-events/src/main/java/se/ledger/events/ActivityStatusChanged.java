package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An activity's status changed; deviations carry their explanation. */
@JsonTypeName("ActivityStatusChanged")
@Revision("1")
public record ActivityStatusChanged(
        ActivityId activityId,
        PlanId planId,
        ActivityStatus status,
        String explanation,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.activity(activityId);
    }
}
