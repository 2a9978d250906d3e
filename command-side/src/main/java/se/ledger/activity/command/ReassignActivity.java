package se.ledger.activity.command;

import java.time.LocalDate;
import se.ledger.events.Responsible;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;

public record ReassignActivity(
        @TargetAggregateIdentifier ActivityId activityId,
        Responsible responsible,
        String reason,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
