package se.ledger.plan.query;

import static se.ledger.plan.query.Assessment.AT_RISK;
import static se.ledger.plan.query.Assessment.FINE;
import static se.ledger.plan.query.Assessment.IGNORED;
import static se.ledger.plan.query.Assessment.OFF_COURSE;
import static se.ledger.plan.query.Assessment.ON_COURSE;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ledger.events.ActivityStatus;
import se.ledger.events.DecisionRef;
import se.ledger.events.Prognosis;
import se.ledger.platform.Vocabulary;

/**
 * The ledger's own prognosis for goal fulfilment, deterministic and explained
 * (docs/measures-and-prognosis.md): measures (indicators, sub-goals and contributing goals) decide,
 * activities may lower a met goal; without measures the activities alone decide, and say so.
 * How one indicator is judged lives in {@link IndicatorJudgement}.
 */
public final class PrognosisRule {

    public record Activity(String id, String title, ActivityStatus status, LocalDate start) {
    }

    /**
     * A goal whose prognosis counts towards another's: a sub-goal of the same plan or a goal of
     * another plan that contributes to it; both weigh alike.
     */
    public record GoalPrognosis(String id, String title, Prognosis prognosis, boolean contributing) {
        public GoalPrognosis(String id, String title, Prognosis prognosis) {
            this(id, title, prognosis, false);
        }
    }

    public record Reason(String id, String kind, Assessment assessment, String text) {
    }

    /**
     * The rule's parameters as a plan sets them by decision (decision null: the default rule).
     * notMetShare: the share of counted activities at risk that must be exceeded.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Parameters(boolean activitiesMayLower, BigDecimal notMetShare, DecisionRef decision,
            LocalDate effectiveFrom) {
        public static final Parameters DEFAULT = new Parameters(true, new BigDecimal("0.5"), null, null);
    }

    /** The prognosis, the one-sentence ground of its branch, and each input's reason. */
    public record Result(Prognosis prognosis, String summary, List<Reason> reasons) {
    }

    private PrognosisRule() {
    }

    public static Result goal(boolean direction, List<IndicatorJudgement.Indicator> indicators,
            List<Activity> activities, List<GoalPrognosis> goals, Parameters rule, LocalDate date) {
        var reasons = new ArrayList<Reason>();
        indicators.forEach(i -> reasons.add(IndicatorJudgement.of(i, date)));
        activities.forEach(a -> reasons.add(activity(a, date)));
        goals.forEach(g -> reasons.add(goal(g)));
        if (direction) {
            return new Result(null, "Inriktningsmål: ingen prognos.", reasons);
        }
        var measures = reasons.stream().filter(r -> !r.kind().equals("activity")).map(Reason::assessment)
                .filter(a -> a == ON_COURSE || a == AT_RISK || a == OFF_COURSE).toList();
        long counted = reasons.stream().filter(r -> r.kind().equals("activity"))
                .filter(r -> r.assessment() == FINE || r.assessment() == AT_RISK).count();
        long atRisk = reasons.stream().filter(r -> r.kind().equals("activity") && r.assessment() == AT_RISK).count();
        boolean beyondShare = counted > 0
                && BigDecimal.valueOf(atRisk).compareTo(rule.notMetShare().multiply(BigDecimal.valueOf(counted))) > 0;
        String activityCount = atRisk + " av " + counted + " räknade aktiviteter har risk";
        if (!measures.isEmpty()) {
            long on = measures.stream().filter(a -> a == ON_COURSE).count();
            long off = measures.stream().filter(a -> a == OFF_COURSE).count();
            if (on == measures.size()) {
                String all = "Alla " + on + " mått är i fas";
                if (!beyondShare) {
                    return new Result(Prognosis.MET, all + ".", reasons);
                }
                return rule.activitiesMayLower()
                        ? new Result(Prognosis.PARTLY_MET, all + ", men " + activityCount + " (mer än "
                                + percent(rule.notMetShare()) + "): sänkt till uppfylls delvis.", reasons)
                        : new Result(Prognosis.MET, all + "; " + activityCount + ", men enligt planens regel får"
                                + " aktiviteter inte sänka resultatet.", reasons);
            }
            if (on == 0 && off > 0) {
                return new Result(Prognosis.NOT_MET, "Inget av " + measures.size() + " mått är i fas och " + off
                        + " är ur fas.", reasons);
            }
            return new Result(Prognosis.PARTLY_MET, on + " av " + measures.size() + " mått är i fas, " + off
                    + " ur fas.", reasons);
        }
        String only = "Bedömningen vilar enbart på aktiviteter (inget mått kan bedömas): ";
        if (counted == 0) {
            return new Result(Prognosis.NOT_ASSESSABLE, "Inget mått och ingen aktivitet kan bedömas.", reasons);
        }
        if (atRisk == 0) {
            return new Result(Prognosis.MET, only + "ingen av " + counted + " räknade aktiviteter har risk.", reasons);
        }
        if (beyondShare) {
            return new Result(Prognosis.NOT_MET, only + activityCount + ", mer än " + percent(rule.notMetShare())
                    + ".", reasons);
        }
        return new Result(Prognosis.PARTLY_MET, only + activityCount + ", högst " + percent(rule.notMetShare())
                + ".", reasons);
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

    static Reason goal(GoalPrognosis g) {
        String kind = g.contributing() ? "contribution" : "goal";
        String title = (g.contributing() ? "Bidrar: " : "") + g.title();
        if (g.prognosis() == null || g.prognosis() == Prognosis.NOT_ASSESSABLE) {
            return new Reason(g.id(), kind, IGNORED, title + ": "
                    + (g.prognosis() == null ? "inriktningsmål, ingen prognos" : "kan inte bedömas"));
        }
        Assessment assessment = switch (g.prognosis()) {
            case MET -> ON_COURSE;
            case PARTLY_MET -> AT_RISK;
            default -> OFF_COURSE;
        };
        return new Reason(g.id(), kind, assessment, title + ": " + Vocabulary.label(g.prognosis()).toLowerCase());
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
