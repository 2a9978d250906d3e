package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import se.ledger.plan.query.PlanViews.ReportView;
import se.ledger.plan.query.api.FindReport;
import se.ledger.plan.query.web.ReadTime.ChangeWindow;
import se.ledger.plan.query.web.ReadTime.KnownAt;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.platform.InvalidInput;

/**
 * {@code report=<reportId>} in place of the time axes: the report's issue instant is asOf (for a
 * change window: from, "what changed since the board's report") and its report date validAt. A
 * time axis given beside it is a 400 naming that axis: the two would contradict each other.
 */
@Component
class ReportTimes {

    private final Ask ask;

    ReportTimes(Ask ask) {
        this.ask = ask;
    }

    /** The report named, of the path's plan when the path names one; empty when none is named. */
    Optional<ReportView> named(String reportId, NativeWebRequest request) {
        if (reportId == null || reportId.isBlank()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String planId = path == null ? null : path.get("planId");
        var report = ask.query(new FindReport(planId, reportId), optionalInstanceOf(ReportView.class));
        if (report.isEmpty()) {
            throw new InvalidInput("report", "rapporten '" + reportId + "' finns inte"
                    + (planId == null ? "" : " i planen " + planId));
        }
        return report;
    }

    static ReadTime readTime(Class<?> type, ReportView report, Function<String, String> param,
            Function<String, Instant> instant) {
        if (type == TimeAxes.class) {
            refuse(param, "asOf", "validAt");
            return new TimeAxes(report.issuedAt(), report.reportDate());
        }
        if (type == KnownAt.class) {
            refuse(param, "asOf");
            return new KnownAt(report.issuedAt(), report.reportDate());
        }
        if (type == ChangeWindow.class) {
            refuse(param, "from", "validAt");
            return new ChangeWindow(report.issuedAt(), instant.apply(param.apply("to")), report.reportDate());
        }
        return new ReadTime.CaughtUp();
    }

    private static void refuse(Function<String, String> param, String... axes) {
        for (String axis : axes) {
            if (param.apply(axis) != null) {
                throw new InvalidInput(axis, "ange antingen report eller " + axis + ", inte båda");
            }
        }
    }
}
