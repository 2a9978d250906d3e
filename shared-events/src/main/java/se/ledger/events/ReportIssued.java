package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A report of the plan (delårsrapport, årsredovisning, månadsuppföljning) was issued: its content
 * is the plan as the ledger knew it when this event was stored, about the report date. The event's
 * recorded time is the issue instant (asOf), effectiveDate the report date (validAt).
 */
@JsonTypeName("ReportIssued")
@Revision("1")
public record ReportIssued(
        PlanId planId,
        String reportId,
        String title,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
