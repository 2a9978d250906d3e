package se.ledger.activity.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;

public record CommentOnActivity(
        @TargetAggregateIdentifier ActivityId activityId,
        String text,
        LocalDate effectiveDate,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
