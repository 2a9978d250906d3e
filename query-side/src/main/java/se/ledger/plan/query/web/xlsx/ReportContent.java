package se.ledger.plan.query.web.xlsx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.ReportView;

/**
 * What the workbook shows, all read at one (asOf, validAt): the plan, its month grid per year of its period and
 * the events of the plan and everything in it.
 *
 * @param report the issued report the times are taken from; null for any other (asOf, validAt)
 * @param zone   the ledger's zone: recorded instants are shown as its local time
 */
public record ReportContent(PlanView plan, List<HistoryView> grids, List<AuditEvent> trail, ReportView report,
        Instant asOf, LocalDate validAt, ZoneId zone) {

    public ReportContent {
        grids = List.copyOf(grids);
        trail = List.copyOf(trail);
    }
}
