package se.ledger.plan.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.ledger.events.PlanId;

public record IssueReport(
        @TargetAggregateIdentifier PlanId planId,
        String reportId,
        String title,
        LocalDate reportDate,
        String actor,
        @TargetAggregateVersion Long expectedVersion) {
}
