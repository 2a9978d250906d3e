package se.ledger.activity.command;

import java.time.LocalDate;
import se.ledger.events.ActivityStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;

public record ChangeActivityStatus(
        @TargetAggregateIdentifier ActivityId activityId,
        ActivityStatus status,
        String explanation,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
