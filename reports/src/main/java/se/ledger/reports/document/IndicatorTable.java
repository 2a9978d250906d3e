package se.ledger.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.LatestView;
import se.ledger.plan.query.PlanViews.SeriesPoint;
import se.ledger.platform.Vocabulary;
import se.ledger.reports.document.Block.Bar;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;

/** A goal's indicators: baseline, target, latest value, the read side's assessment and a small bar chart. */
final class IndicatorTable {

    private IndicatorTable() {
    }

    static Table of(List<IndicatorView> indicators) {
        var rows = new ArrayList<Row>();
        for (IndicatorView i : indicators) {
            rows.add(new Row(List.of(Cell.of(i.name() + (i.source() == null ? "" : " (källa: " + i.source() + ")")),
                    Cell.of(Words.baseline(i.baseline(), i.unit())),
                    Cell.of(Words.target(i.target(), i.yearTarget(), i.unit())),
                    Cell.of(latest(i.latest(), i.unit())),
                    Cell.of(i.assessment() == null ? "–" : Vocabulary.label(i.assessment())),
                    new Cell("", null, bars(i))), false));
        }
        return new Table("indicators", List.of("Nyckeltal", "Ingångsvärde", "Mål", "Senaste", "Bedömning", "Utveckling"),
                rows);
    }

    private static String latest(LatestView latest, String unit) {
        if (latest == null) {
            return "Inga mätningar";
        }
        // fetched values carry their licence's credit (CC BY 4.0 asks for it where the value is shown)
        String when = (latest.effectiveDate() == null ? "" : " (" + latest.effectiveDate() + ")")
                + (latest.source() == null ? "" : ". " + Vocabulary.label(latest.source()));
        if (latest.value() != null) {
            return Words.withUnit(latest.value(), unit) + when;
        }
        if (latest.assessment() != null) {
            return Vocabulary.label(latest.assessment()) + (latest.text() == null ? "" : ": " + latest.text()) + when;
        }
        return "Inga nya uppgifter" + when;
    }

    private record Point(BigDecimal value, String label, String kind) {
    }

    /** Baseline, each measured value and the target, scaled between the lowest and the highest. */
    static List<Bar> bars(IndicatorView i) {
        var points = new ArrayList<Point>();
        if (i.baseline() != null && i.baseline().value() != null) {
            points.add(new Point(i.baseline().value(), "Ingångsvärde " + Words.number(i.baseline().value()), "baseline"));
        }
        for (SeriesPoint point : i.series() == null ? List.<SeriesPoint>of() : i.series()) {
            if (point.value() != null) {
                points.add(new Point(point.value(), point.effectiveDate() + ": " + Words.number(point.value()), "value"));
            }
        }
        BigDecimal target = i.yearTarget() != null ? i.yearTarget() : i.target() == null ? null : i.target().value();
        if (target != null) {
            points.add(new Point(target, "Mål " + Words.number(target), "target"));
        }
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        double min = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        if (points.size() < 2) {
            return List.of();
        }
        // a sparkline: the lowest value a fifth of the height, so that small moves show
        return points.stream().map(p -> new Bar(p.label(),
                max == min ? 0.6 : 0.2 + 0.8 * (p.value().doubleValue() - min) / (max - min), p.kind())).toList();
    }
}
