package se.ledger.reports.document;

import java.time.YearMonth;
import java.time.ZoneId;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.ReportView;

/**
 * What a report shows, as the read side answered it: the plan at (asOf, validAt), the month grid
 * of validAt's year, the issued report when it is one (else null), the checkpoint for the footer,
 * and the month whose follow-up texts the report carries (validAt's). Instants are printed in the
 * ledger's zone ({@code ledger.zone}), as the municipality reads them.
 */
public record ReportContent(PlanView plan, HistoryView history, ReportView report, ReportCheckpoint checkpoint,
        ZoneId zone) {

    public YearMonth followUpMonth() {
        return YearMonth.from(plan.validAt());
    }

    /** The file name without extension: rapport-<plan>-<report id or date>. */
    public String fileName() {
        return "rapport-" + plan.id() + "-" + (report != null ? report.reportId() : plan.validAt().toString());
    }
}
