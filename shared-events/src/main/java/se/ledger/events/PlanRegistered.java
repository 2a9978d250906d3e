package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A plan (verksamhetsplan) of an organisation unit at a level, for a period, was registered. */
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
        Correction correction,
        PlanLevel level) implements LedgerEvent {

    /** Without a level: null reads as {@link PlanLevel#BOARD} (events recorded before levels existed). */
    public PlanRegistered(PlanId planId, String organisation, String title, LocalDate periodStart,
            LocalDate periodEnd, LocalDate effectiveDate, String actor, Correction correction) {
        this(planId, organisation, title, periodStart, periodEnd, effectiveDate, actor, correction, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
