package se.ledger.plan.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.DecisionRef;
import se.ledger.events.PlanId;
import se.ledger.events.ReportOccasion;

public record SetReportCalendar(
        @TargetAggregateIdentifier PlanId planId,
        List<ReportOccasion> occasions,
        boolean monthly,
        DecisionRef decision,
        String reason,
        String actor,
        @TargetAggregateVersion Long expectedVersion) {
}
