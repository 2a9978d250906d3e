package se.ledger.plan.query;

import static se.ledger.plan.query.Assessment.AT_RISK;
import static se.ledger.plan.query.Assessment.OFF_COURSE;
import static se.ledger.plan.query.Assessment.ON_COURSE;
import static se.ledger.plan.query.Assessment.UNASSESSABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import se.ledger.events.IndicatorKind;
import se.ledger.events.Judgement;
import se.ledger.events.TargetDirection;
import se.ledger.events.YearTarget;
import se.ledger.platform.Vocabulary;
import se.ledger.plan.query.PrognosisRule.Reason;

/**
 * How one indicator weighs in a goal's prognosis on a date: a manager's qualitative judgement as
 * given; a flow's year-to-date total against its year's target times the elapsed share of the
 * year; a level against the path from baseline to the target (the year's target of a path).
 */
public final class IndicatorJudgement {

    /**
     * One indicator on a date: its definition, its latest measurement (value, no new data, or a
     * judgement with its text and manager), and for a flow last year's total (null: unknown).
     */
    public record Indicator(String id, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
            BigDecimal target, TargetDirection direction, String targetText, LocalDate targetDate,
            BigDecimal latest, boolean noNewData, LocalDate latestDate, IndicatorKind kind, List<YearTarget> targets,
            Judgement judgement, String judgementText, String assessedBy, BigDecimal lastYearTotal) {

        /** A level measured by values, with one target. */
        public Indicator(String id, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
                BigDecimal target, TargetDirection direction, String targetText, LocalDate targetDate,
                BigDecimal latest, boolean noNewData, LocalDate latestDate) {
            this(id, name, unit, baseline, baselineDate, target, direction, targetText, targetDate, latest, noNewData,
                    latestDate, IndicatorKind.LEVEL, null, null, null, null, null);
        }

        boolean flow() {
            return kind == IndicatorKind.FLOW;
        }
    }

    /** A quarter of the year: before it, a flow still at zero is at risk, not yet off course. */
    static final double QUARTER = 0.25;

    private IndicatorJudgement() {
    }

    public static Reason of(Indicator i, LocalDate date) {
        if (i.judgement() != null) {
            Assessment a = switch (i.judgement()) {
                case ON_COURSE -> ON_COURSE;
                case AT_RISK -> AT_RISK;
                case OFF_COURSE -> OFF_COURSE;
            };
            return reason(i, a, "kvalitativ bedömning " + i.latestDate()
                    + (i.assessedBy() == null ? "" : " av " + i.assessedBy()) + ": " + i.judgementText());
        }
        return i.flow() ? flow(i, date) : level(i, date);
    }

    /** The target for the year of the date: that year's, else the next year's, else the last one. */
    static BigDecimal yearTarget(List<YearTarget> targets, int year) {
        var later = targets.stream().filter(t -> t.year() >= year).min(Comparator.comparingInt(YearTarget::year));
        return later.or(() -> targets.stream().max(Comparator.comparingInt(YearTarget::year)))
                .map(YearTarget::value).orElse(null);
    }

    private static Reason flow(Indicator i, LocalDate date) {
        BigDecimal target = i.targets() != null && !i.targets().isEmpty() ? yearTarget(i.targets(), date.getYear())
                : i.target();
        if (target == null) {
            return reason(i, UNASSESSABLE, "flödesmått utan målvärde för " + date.getYear());
        }
        if (i.noNewData()) {
            return reason(i, UNASSESSABLE, "senaste rapport " + i.latestDate() + ": inga nya data");
        }
        if (i.latest() == null || i.latestDate().getYear() != date.getYear()) {
            return reason(i, UNASSESSABLE, "ingen mätning hittills under " + date.getYear());
        }
        double share = (double) date.getDayOfYear() / date.lengthOfYear();
        BigDecimal expected = target.multiply(BigDecimal.valueOf(share), MathContext.DECIMAL64);
        String values = number(i.latest()) + " " + i.unit() + " hittills under " + date.getYear() + " mot "
                + number(expected.setScale(1, java.math.RoundingMode.HALF_UP)) + " " + i.unit() + " ("
                + number(target) + " för året × " + Math.round(share * 100) + " % av året"
                + (i.lastYearTotal() == null ? "" : "; förra året " + number(i.lastYearTotal())) + ")";
        if (i.latest().compareTo(expected) >= 0) {
            return reason(i, ON_COURSE, values + ": i takt med årets mål");
        }
        if (i.latest().signum() > 0) {
            return reason(i, AT_RISK, values + ": efter årets takt");
        }
        return share >= QUARTER ? reason(i, OFF_COURSE, values + ": inget alls efter första kvartalet")
                : reason(i, AT_RISK, values + ": inget ännu under första kvartalet");
    }

    private static Reason level(Indicator i, LocalDate date) {
        if (i.latest() == null && !i.noNewData()
                || i.baselineDate() != null && i.latestDate() != null && !i.latestDate().isAfter(i.baselineDate())) {
            return reason(i, UNASSESSABLE, "ingen mätning efter ingångsvärdet");
        }
        if (i.noNewData()) {
            return reason(i, UNASSESSABLE, "senaste rapport " + i.latestDate() + ": inga nya data");
        }
        BigDecimal target = i.target();
        LocalDate targetDate = i.targetDate();
        if (i.targets() != null && !i.targets().isEmpty()) {
            target = yearTarget(i.targets(), date.getYear());
            targetDate = LocalDate.of(date.getYear(), 12, 31);
        }
        if (target == null && i.direction() == null) {
            return reason(i, UNASSESSABLE, "kvalitativt mål (" + i.targetText() + ")");
        }
        if (i.baseline() == null) {
            return reason(i, UNASSESSABLE, "ingångsvärde saknas");
        }
        String values = number(i.latest()) + " " + i.unit() + " (ingångsvärde " + number(i.baseline()) + ")";
        if (i.direction() != null && target == null) {
            int moved = i.latest().compareTo(i.baseline()) * (i.direction() == TargetDirection.INCREASE ? 1 : -1);
            String wanted = "önskad " + Vocabulary.label(i.direction()).toLowerCase();
            return moved > 0 ? reason(i, ON_COURSE, values + ": rör sig åt rätt håll, " + wanted)
                    : moved < 0 ? reason(i, OFF_COURSE, values + ": rör sig åt fel håll, " + wanted)
                    : reason(i, AT_RISK, values + ": oförändrat, " + wanted);
        }
        return numeric(i, target, targetDate, date, values + " mot målet " + number(target) + " " + i.unit() + " "
                + targetDate);
    }

    private static Reason numeric(Indicator i, BigDecimal target, LocalDate targetDate, LocalDate date,
            String values) {
        BigDecimal span = target.subtract(i.baseline());
        boolean rising = span.signum() >= 0;
        int vsTarget = i.latest().compareTo(target);
        if (rising ? vsTarget >= 0 : vsTarget <= 0) {
            return reason(i, ON_COURSE, values + ": målet är nått");
        }
        double s = i.latest().subtract(i.baseline()).divide(span, MathContext.DECIMAL64).doubleValue();
        double t = elapsed(i.baselineDate(), targetDate, date);
        String shares = String.format(" (%d %% av vägen, %d %% av tiden)", Math.round(s * 100), Math.round(t * 100));
        if (s <= 0) {
            return reason(i, OFF_COURSE, values + ": ingen förbättring sedan ingångsvärdet" + shares);
        }
        return s >= t ? reason(i, ON_COURSE, values + ": i takt med planen" + shares)
                : reason(i, AT_RISK, values + ": efter planen" + shares);
    }

    static double elapsed(LocalDate from, LocalDate to, LocalDate date) {
        if (from == null || to == null || !to.isAfter(from)) {
            return 1.0;
        }
        double share = (double) ChronoUnit.DAYS.between(from, date) / ChronoUnit.DAYS.between(from, to);
        return Math.max(0.0, Math.min(1.0, share));
    }

    private static Reason reason(Indicator i, Assessment assessment, String text) {
        return new Reason(i.id(), "indicator", assessment, i.name() + ": " + text);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
