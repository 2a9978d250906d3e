package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A plan was adopted by a decision. */
@JsonTypeName("PlanAdopted")
@Revision("1")
public record PlanAdopted(
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
