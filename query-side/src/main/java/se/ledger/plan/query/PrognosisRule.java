package se.ledger.plan.query;

import static se.ledger.plan.query.Assessment.AT_RISK;
import static se.ledger.plan.query.Assessment.FINE;
import static se.ledger.plan.query.Assessment.IGNORED;
import static se.ledger.plan.query.Assessment.OFF_COURSE;
import static se.ledger.plan.query.Assessment.ON_COURSE;
import static se.ledger.plan.query.Assessment.UNASSESSABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;
import se.ledger.platform.Vocabulary;

/**
 * The ledger's own prognosis for goal fulfilment, deterministic and explained (see README, "The
 * computed prognosis"): indicators against the path from baseline to target, activities by status,
 * sub-goals by their own prognosis.
 */
public final class PrognosisRule {


    public record Indicator(String id, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
            BigDecimal target, TargetDirection direction, String targetText, LocalDate targetDate,
            BigDecimal latest, boolean noNewData, LocalDate latestDate) {
    }

    public record Activity(String id, String title, ActivityStatus status, LocalDate start) {
    }

    public record SubGoal(String id, String title, Prognosis prognosis) {
    }

    public record Reason(String id, String kind, Assessment assessment, String text) {
    }

    public record Result(Prognosis prognosis, List<Reason> reasons) {
    }

    private PrognosisRule() {
    }

    public static Result goal(boolean direction, List<Indicator> indicators, List<Activity> activities,
            List<SubGoal> subGoals, LocalDate date) {
        var reasons = new ArrayList<Reason>();
        indicators.forEach(i -> reasons.add(indicator(i, date)));
        activities.forEach(a -> reasons.add(activity(a, date)));
        subGoals.forEach(g -> reasons.add(subGoal(g)));
        if (direction) {
            return new Result(null, reasons);
        }
        var evidence = reasons.stream().filter(r -> r.assessment().evidence()).toList();
        if (evidence.isEmpty()) {
            return new Result(Prognosis.NOT_ASSESSABLE, reasons);
        }
        long counted = evidence.stream().filter(r -> r.kind().equals("activity")).count();
        long atRisk = evidence.stream().filter(r -> r.kind().equals("activity") && r.assessment() == AT_RISK)
                .count();
        if (evidence.stream().anyMatch(r -> r.assessment() == OFF_COURSE) || atRisk * 2 > counted) {
            return new Result(Prognosis.NOT_MET, reasons);
        }
        if (evidence.stream().allMatch(r -> r.assessment() == ON_COURSE || r.assessment() == FINE)) {
            return new Result(Prognosis.MET, reasons);
        }
        return new Result(Prognosis.PARTLY_MET, reasons);
    }

    static Reason indicator(Indicator i, LocalDate date) {
        if (i.latest() == null && !i.noNewData()
                || i.baselineDate() != null && i.latestDate() != null && !i.latestDate().isAfter(i.baselineDate())) {
            return reason(i, UNASSESSABLE, "ingen mätning efter ingångsvärdet");
        }
        if (i.noNewData()) {
            return reason(i, UNASSESSABLE, "senaste rapport " + i.latestDate() + ": inga nya data");
        }
        if (i.target() == null && i.direction() == null) {
            return reason(i, UNASSESSABLE, "kvalitativt mål (" + i.targetText() + ")");
        }
        if (i.baseline() == null) {
            return reason(i, UNASSESSABLE, "ingångsvärde saknas");
        }
        String values = number(i.latest()) + " " + i.unit() + " (ingångsvärde " + number(i.baseline()) + ")";
        if (i.direction() != null) {
            int moved = i.latest().compareTo(i.baseline()) * (i.direction() == TargetDirection.INCREASE ? 1 : -1);
            String wanted = "önskad " + Vocabulary.label(i.direction()).toLowerCase();
            return moved > 0 ? reason(i, ON_COURSE, values + ": rör sig åt rätt håll, " + wanted)
                    : moved < 0 ? reason(i, OFF_COURSE, values + ": rör sig åt fel håll, " + wanted)
                    : reason(i, AT_RISK, values + ": oförändrat, " + wanted);
        }
        return numeric(i, date, values + " mot målet " + number(i.target()) + " " + i.unit() + " " + i.targetDate());
    }

    private static Reason numeric(Indicator i, LocalDate date, String values) {
        BigDecimal span = i.target().subtract(i.baseline());
        boolean rising = span.signum() >= 0;
        int vsTarget = i.latest().compareTo(i.target());
        if (rising ? vsTarget >= 0 : vsTarget <= 0) {
            return reason(i, ON_COURSE, values + ": målet är nått");
        }
        double s = i.latest().subtract(i.baseline()).divide(span, MathContext.DECIMAL64).doubleValue();
        double t = elapsed(i.baselineDate(), i.targetDate(), date);
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

    static Reason activity(Activity a, LocalDate date) {
        String status = Vocabulary.label(a.status());
        return switch (a.status()) {
            case COMPLETED, ON_TRACK -> new Reason(a.id(), "activity", FINE, a.title() + ": " + status);
            case DEVIATING, COMPLETED_WITH_DEVIATION -> new Reason(a.id(), "activity", AT_RISK, a.title() + ": " + status);
            case CANCELLED -> new Reason(a.id(), "activity", IGNORED, a.title() + ": avbruten, räknas inte");
            case NOT_STARTED -> a.start() == null
                    ? new Reason(a.id(), "activity", IGNORED, a.title() + ": ingen status rapporterad och inget "
                            + "startdatum, räknas inte")
                    : date.isAfter(a.start())
                    ? new Reason(a.id(), "activity", AT_RISK, a.title() + ": ej påbörjad fast start var " + a.start())
                    : new Reason(a.id(), "activity", FINE, a.title() + ": ej påbörjad, start " + a.start());
        };
    }

    static Reason subGoal(SubGoal g) {
        if (g.prognosis() == null || g.prognosis() == Prognosis.NOT_ASSESSABLE) {
            return new Reason(g.id(), "goal", IGNORED, g.title() + ": "
                    + (g.prognosis() == null ? "inriktningsmål, ingen prognos" : "kan inte bedömas"));
        }
        Assessment assessment = switch (g.prognosis()) {
            case MET -> ON_COURSE;
            case PARTLY_MET -> AT_RISK;
            default -> OFF_COURSE;
        };
        return new Reason(g.id(), "goal", assessment, g.title() + ": " + Vocabulary.label(g.prognosis()).toLowerCase());
    }

    private static Reason reason(Indicator i, Assessment assessment, String text) {
        return new Reason(i.id(), "indicator", assessment, i.name() + ": " + text);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
