package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The plan's reporting calendar was adopted by a decision: its report occasions and whether each
 * month's end is a follow-up (månadsuppföljning) too. It replaces the calendar set before.
 */
@JsonTypeName("ReportCalendarAdopted")
@Revision("1")
public record ReportCalendarAdopted(
        PlanId planId,
        List<ReportOccasion> occasions,
        boolean monthly,
        DecisionRef decision,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
