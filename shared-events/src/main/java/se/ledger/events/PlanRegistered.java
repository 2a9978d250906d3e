package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A plan (verksamhetsplan) of an organisation for a period was registered. */
@JsonTypeName("PlanRegistered")
@Revision("1")
public record PlanRegistered(
        PlanId planId,
        String organisation,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
