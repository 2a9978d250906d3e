package se.ledger.plan.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.ReportCalendarView;
import se.ledger.plan.query.PlanViews.ReportView;
import se.ledger.plan.query.api.FetchPlanTrail;
import se.ledger.plan.query.api.FetchReportCalendar;
import se.ledger.plan.query.api.FetchReports;
import se.ledger.plan.query.api.FindReport;

/** Reports, the reporting calendar and a plan's whole trail: what an auditor reads beside the plan. */
@Component
class AuditQueries {

    private final PlanFacts facts;
    private final AuditFacts audit;
    private final ActivePlans plans;

    AuditQueries(PlanFacts facts, AuditFacts audit, ActivePlans plans) {
        this.facts = facts;
        this.audit = audit;
        this.plans = plans;
    }

    @QueryHandler
    List<ReportView> handle(FetchReports query) {
        int g = plans.require(query.planId(), query.asOf());
        var decisions = facts.decisions(g, query.planId(), query.asOf());
        return audit.reports(g, query.planId(), query.asOf()).stream().map(r -> report(r, decisions)).toList();
    }

    /** Empty when there is no such report: the caller names its own field. */
    @QueryHandler
    Optional<ReportView> handle(FindReport query) {
        int g = plans.generation();
        return audit.report(g, query.planId(), query.reportId()).map(r -> report(r, List.of()));
    }

    @QueryHandler
    Optional<ReportCalendarView> handle(FetchReportCalendar query) {
        int g = plans.require(query.planId(), query.asOf());
        return audit.calendar(g, query.planId(), query.asOf()).map(c -> {
            var calendar = FactValues.read(c.data(), FactValues.CalendarValue.class);
            return new ReportCalendarView(query.planId(), calendar.occasions(), calendar.monthly(), calendar.decision(),
                    calendar.reason(), c.recordedAt(), c.actor());
        });
    }

    @QueryHandler
    List<AuditEvent> handle(FetchPlanTrail query) {
        int g = plans.require(query.planId(), query.asOf());
        return audit.planTrail(g, query.planId(), query.kinds(), query.asOf()).stream().map(AuditEvent::of).toList();
    }

    private static ReportView report(LogRow r, List<LogRow> decisions) {
        var issued = FactValues.read(r.data(), FactValues.ReportValue.class);
        var approvedBy = decisions.stream().map(d -> FactValues.read(d.data(), FactValues.DecisionValue.class))
                .filter(d -> Objects.equals(issued.reportId(), d.approvesReport()))
                .map(FactValues.DecisionValue::decision).toList();
        return new ReportView(issued.reportId(), issued.planId().value(), issued.title(), r.effectiveDate(),
                r.recordedAt(), r.actor(), r.eventId(), approvedBy);
    }
}
