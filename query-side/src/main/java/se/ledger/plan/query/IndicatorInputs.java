package se.ledger.plan.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.ledger.events.Baseline;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Target;
import se.ledger.plan.query.FactValues.IndicatorDefinition;
import se.ledger.plan.query.FactValues.MeasurementValue;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.LatestView;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/** An indicator's facts on a date, as the prognosis rule reads them and as the plan view shows them. */
final class IndicatorInputs {

    private IndicatorInputs() {
    }

    static IndicatorJudgement.Indicator input(String id, IndicatorDefinition d, MeasurementValue m,
            LocalDate measuredOn, List<SeriesPoint> series, LocalDate date) {
        var baseline = d.baseline() == null ? new Baseline(null, null) : d.baseline();
        var target = d.target() == null ? new Target(null, null, null, null) : d.target();
        IndicatorKind kind = d.kind() == null ? IndicatorKind.LEVEL : d.kind();
        return new IndicatorJudgement.Indicator(id, d.name(), d.unit(), baseline.value(), baseline.date(),
                target.value(), target.direction(), target.text(), target.date(), m == null ? null : m.value(),
                m != null && m.noNewData(), m == null ? null : measuredOn, kind, d.targets(),
                m == null ? null : m.judgement(), m == null ? null : m.comment(), m == null ? null : m.assessedBy(),
                kind == IndicatorKind.FLOW ? lastYearTotal(series, date.getYear() - 1) : null);
    }

    static IndicatorView view(String id, IndicatorDefinition d, MeasurementValue m, LocalDate measuredOn,
            List<SeriesPoint> series, LocalDate date) {
        var input = input(id, d, m, measuredOn, series, date);
        var reason = IndicatorJudgement.of(input, date);
        LatestView latest = m == null ? null : new LatestView(m.value(), m.noNewData() ? Boolean.TRUE : null,
                measuredOn, m.judgement(), m.judgement() == null ? null : m.comment(), m.assessedBy(), m.source());
        Baseline baseline = input.lastYearTotal() == null ? d.baseline()
                : new Baseline(input.lastYearTotal(), null, LocalDate.of(date.getYear() - 1, 12, 31));
        BigDecimal yearTarget = d.targets() == null || d.targets().isEmpty() ? null
                : IndicatorJudgement.yearTarget(d.targets(), date.getYear());
        return new IndicatorView(id, d.name(), d.unit(), baseline, d.target(), d.source(), latest,
                reason.assessment(), series, input.kind(), d.targets(), yearTarget, d.validTo(), reason.text(),
                d.kolada());
    }

    /** A flow's total of a year: its last year-to-date value measured in that year. */
    private static BigDecimal lastYearTotal(List<SeriesPoint> series, int year) {
        BigDecimal total = null;
        for (SeriesPoint p : series) {
            if (p.effectiveDate().getYear() == year && p.value() != null) {
                total = p.value();
            }
        }
        return total;
    }
}
