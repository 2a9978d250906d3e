package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.plan.query.PlanViews.ReportCalendarView;
import se.ledger.plan.query.PlanViews.ReportView;
import se.ledger.plan.query.api.FetchReportCalendar;
import se.ledger.plan.query.api.FetchReports;
import se.ledger.plan.query.web.ReadTime.KnownAt;
import se.ledger.platform.Roles;

/** A plan's reports and reporting calendar (see docs/reports-and-audit.md). */
@RestController
@RequestMapping("/api/plans/{planId}")
@PreAuthorize(Roles.READER)
class ReportQueryController {

    private final Ask ask;

    ReportQueryController(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/reports")
    List<ReportView> reports(@PathVariable String planId, KnownAt at) {
        return ask.query(new FetchReports(planId, at.asOf()), multipleInstancesOf(ReportView.class));
    }

    /** 204 while the plan has no calendar: any date of its period may then be reported on. */
    @GetMapping("/report-calendar")
    ResponseEntity<ReportCalendarView> calendar(@PathVariable String planId, KnownAt at) {
        return ask.query(new FetchReportCalendar(planId, at.asOf()), optionalInstanceOf(ReportCalendarView.class))
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
