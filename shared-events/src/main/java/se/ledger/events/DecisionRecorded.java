package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A decision of a body about the plan was recorded (e.g. a report approved). approvesReport names
 * the report of the plan it approves; null when it approves none (and in events stored before).
 */
@JsonTypeName("DecisionRecorded")
@Revision("1")
public record DecisionRecorded(
        PlanId planId,
        DecisionRef decision,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        String approvesReport) implements LedgerEvent {
    public DecisionRecorded(PlanId planId, DecisionRef decision, LocalDate effectiveDate, String actor,
            Correction correction) {
        this(planId, decision, effectiveDate, actor, correction, null);
    }

    @Override
    public EntityRef subject() {
        return EntityRef.plan(planId);
    }
}
