package se.ledger.activity.command;

import java.time.YearMonth;
import se.ledger.events.MonthMark;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.ActivityId;
import se.ledger.events.Correction;

public record ReportActivityMonth(
        @TargetAggregateIdentifier ActivityId activityId,
        YearMonth month,
        MonthMark mark,
        String actor,
        Correction correction,
        @TargetAggregateVersion Long expectedVersion) {
}
