package se.ledger.plan.query.web;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.ledger.plan.query.web.ReadTime.CaughtUp;
import se.ledger.plan.query.web.ReadTime.ChangeWindow;
import se.ledger.plan.query.web.ReadTime.KnownAt;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.query.ProjectionProgress;

/**
 * Reads a {@link ReadTime} argument: first minPosition, waited for (one beyond the newest event is
 * a 400), then the time axes the argument's type has, each checked as {@link TimeParameters} does.
 */
@Component
class ReadTimeResolver implements HandlerMethodArgumentResolver {

    private final TimeParameters time;
    private final ProjectionProgress progress;
    private final ReportTimes reports;

    ReadTimeResolver(TimeParameters time, ProjectionProgress progress, ReportTimes reports) {
        this.time = time;
        this.progress = progress;
        this.reports = reports;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ReadTime.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public ReadTime resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        progress.await(time.position(param(request, "minPosition")));
        Class<?> type = parameter.getParameterType();
        var report = reports.named(param(request, "report"), request);
        if (report.isPresent()) {
            return ReportTimes.readTime(type, report.get(), name -> param(request, name),
                    to -> time.instant("to", to));
        }
        if (type == TimeAxes.class) {
            return new TimeAxes(time.instant("asOf", param(request, "asOf")),
                    time.date("validAt", param(request, "validAt")));
        }
        if (type == KnownAt.class) {
            return new KnownAt(time.instant("asOf", param(request, "asOf")));
        }
        if (type == ChangeWindow.class) {
            var to = time.instant("to", param(request, "to"));
            String validAt = param(request, "validAt");
            var validDate = validAt == null ? time.dateAt(to) : time.date("validAt", validAt);
            return new ChangeWindow(time.required("from", param(request, "from")), to, validDate);
        }
        return new CaughtUp();
    }

    /** A repeated parameter reads as its values joined by commas, as @RequestParam String reads it. */
    private static String param(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : String.join(",", values);
    }
}
