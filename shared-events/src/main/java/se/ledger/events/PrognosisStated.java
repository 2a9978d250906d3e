package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A responsible manager stated a prognosis for goal fulfilment, with a motivation. */
@JsonTypeName("PrognosisStated")
@Revision("1")
public record PrognosisStated(
        GoalId goalId,
        PlanId planId,
        Prognosis prognosis,
        String motivation,
        LocalDate effectiveDate,
        String actor,
        Correction correction) implements LedgerEvent {
    @Override
    public EntityRef subject() {
        return EntityRef.goal(goalId);
    }
}
