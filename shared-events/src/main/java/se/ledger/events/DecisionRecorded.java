package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A decision of a body about the plan was recorded (e.g. a report approved). */
@JsonTypeName("DecisionRecorded")
@Revision("1")
public record DecisionRecorded(
        PlanId planId,
        DecisionRef decision,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
