package se.ledger.reports.document;

import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.ReportView;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchReports;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.plan.query.web.Ask;
import se.ledger.platform.NotFound;
import se.ledger.proof.log.Checkpoints;
import se.ledger.proof.log.Receipts;

/**
 * Gathers a report's content from the read side (through the query gateway, as the read API does)
 * and its checkpoint from the proof log: an issued report's own, else the newest at or before asOf.
 */
@Component
public class ReportSource {

    private final Ask ask;
    private final Checkpoints checkpoints;
    private final Receipts receipts;
    private final Clock clock;

    ReportSource(Ask ask, Checkpoints checkpoints, Receipts receipts, Clock clock) {
        this.ask = ask;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.receipts = receipts;
    }

    /**
     * The issued report of the plan: exactly what it showed (its issue instant and report date), with
     * the decisions that approved it as the ledger knows them now.
     */
    public ReportContent report(String planId, String reportId) {
        var report = ask.query(new FetchReports(planId, clock.instant()), multipleInstancesOf(ReportView.class))
                .stream().filter(r -> r.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> new NotFound("Rapporten", reportId));
        var own = receipts.find(planId, reportId)
                .map(r -> new ReportCheckpoint(r.checkpointSize(), r.checkpointRoot(), bundle(planId, "report=" + reportId)));
        return content(planId, report.issuedAt(), report.reportDate(), report,
                own.orElseGet(() -> latest(planId, report.issuedAt(), "report=" + reportId)));
    }

    /** The plan as the ledger knew it at asOf, valid on validAt. */
    public ReportContent at(String planId, Instant asOf, LocalDate validAt) {
        return content(planId, asOf, validAt, null, latest(planId, asOf, "asOf=" + asOf + "&validAt=" + validAt));
    }

    private ReportContent content(String planId, Instant asOf, LocalDate validAt, ReportView report,
            ReportCheckpoint checkpoint) {
        var plan = ask.query(new FindPlan(planId, asOf, validAt), instanceOf(PlanView.class));
        var history = ask.query(new FetchPlanHistory(planId, validAt.getYear(), asOf), instanceOf(HistoryView.class));
        return new ReportContent(plan, history, report, checkpoint, clock.getZone());
    }

    private ReportCheckpoint latest(String planId, Instant asOf, String query) {
        return checkpoints.list(planId).stream().filter(c -> !c.issuedAt().isAfter(asOf))
                .reduce((first, second) -> second)
                .map(c -> new ReportCheckpoint(c.size(), c.rootHash(), bundle(planId, query)))
                .orElseGet(() -> ReportCheckpoint.none(bundle(planId, query)));
    }

    private static String bundle(String planId, String query) {
        return "/api/plans/" + planId + "/proof-bundle?" + query;
    }
}
