package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.ReportView;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchPlanTrail;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.plan.query.api.FindReport;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.plan.query.web.xlsx.ReportContent;
import se.ledger.plan.query.web.xlsx.ReportWorkbook;
import se.ledger.platform.Roles;

/**
 * The plan as an Excel workbook at (asOf, validAt) or an issued report's times: the plan in the import's format,
 * the month grid per year and the audit trail, all read through the same queries as the JSON API.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(Roles.READER)
class PlanWorkbookController {

    // a plan over a longer period gets its latest years: a sheet per year of a century helps nobody
    private static final int MAX_YEARS = 10;

    private final Ask ask;
    private final Clock clock;

    PlanWorkbookController(Ask ask, Clock clock) {
        this.ask = ask;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/report.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String planId, TimeAxes at,
            @RequestParam(required = false) String report) {
        PlanView plan = ask.query(new FindPlan(planId, at.asOf(), at.validAt()), instanceOf(PlanView.class));
        List<HistoryView> grids = new ArrayList<>();
        int last = Math.min(plan.periodEnd().getYear(), Math.max(plan.periodStart().getYear(),
                at.validAt().getYear()));
        for (int year = Math.max(plan.periodStart().getYear(), last - MAX_YEARS + 1); year <= last; year++) {
            grids.add(ask.query(new FetchPlanHistory(planId, year, at.asOf()), instanceOf(HistoryView.class)));
        }
        List<AuditEvent> trail = ask.query(new FetchPlanTrail(planId, EnumSet.allOf(EntityKind.class), at.asOf()),
                multipleInstancesOf(AuditEvent.class));
        ReportView issued = report == null || report.isBlank() ? null
                : ask.query(new FindReport(planId, report), optionalInstanceOf(ReportView.class)).orElse(null);
        byte[] workbook = ReportWorkbook.write(new ReportContent(plan, grids, trail, issued, at.asOf(),
                at.validAt(), clock.getZone()));
        String name = planId + "-" + (issued != null ? issued.reportId() : at.validAt().toString()) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
