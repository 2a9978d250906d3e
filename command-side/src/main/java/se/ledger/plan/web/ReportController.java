package se.ledger.plan.web;

import static se.ledger.command.web.Requests.idOrNew;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.web.CommandWriter;
import se.ledger.command.web.Existence;
import se.ledger.command.web.WriteResult;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;
import se.ledger.events.ReportOccasion;
import se.ledger.plan.command.IssueReport;
import se.ledger.plan.command.SetReportCalendar;
import se.ledger.plan.web.ReportRequests.IssueReportRequest;
import se.ledger.plan.web.ReportRequests.ReportCalendarRequest;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

/** A plan's reporting calendar and the reports issued by it (see docs/reports-and-audit.md). */
@RestController
@RequestMapping("/api/plans/{planId}")
class ReportController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    ReportController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    /** Issues the report now: its content is what the ledger knows at this instant about reportDate. */
    @PostMapping("/reports")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> issue(@PathVariable String planId, @Valid @RequestBody IssueReportRequest body) {
        existence.require(EntityKind.PLAN, planId);
        String reportId = idOrNew(body.id());
        return writer.issue(body, planId, new IssueReport(new PlanId(planId), reportId, body.title(),
                body.reportDate(), Actor.current(), ifMatch(http)), reportId);
    }

    @PostMapping("/report-calendar")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> calendar(@PathVariable String planId, @Valid @RequestBody ReportCalendarRequest body) {
        existence.require(EntityKind.PLAN, planId);
        var occasions = body.occasions().stream().map(o -> new ReportOccasion(o.title(), o.reportDate())).toList();
        return writer.update(body, planId, new SetReportCalendar(new PlanId(planId), occasions, body.monthly(),
                body.decision().toRef(), body.reason(), Actor.current(), ifMatch(http)));
    }
}
