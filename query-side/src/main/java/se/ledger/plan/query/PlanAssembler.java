package se.ledger.plan.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Prognosis;
import se.ledger.plan.query.FactValues.ActivityDefinition;
import se.ledger.plan.query.FactValues.CommentValue;
import se.ledger.plan.query.FactValues.GoalDefinition;
import se.ledger.plan.query.FactValues.IndicatorDefinition;
import se.ledger.plan.query.FactValues.MeasurementValue;
import se.ledger.plan.query.FactValues.PrognosisValue;
import se.ledger.plan.query.FactValues.StatusValue;
import se.ledger.plan.query.PlanViews.ActivityView;
import se.ledger.plan.query.PlanViews.CommentView;
import se.ledger.plan.query.PlanViews.ContributionView;
import se.ledger.plan.query.PlanViews.GoalView;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.PrognosisView;
import se.ledger.plan.query.PlanViews.SeriesPoint;
import se.ledger.platform.Vocabulary;

/** Builds the goal tree of a snapshot, with each goal's computed and stated prognosis. */
final class PlanAssembler {

    private final Snapshot snapshot;
    private final Map<String, PrognosisRule.Result> computed = new HashMap<>();
    private final Map<FactRow, Object> values;
    // each goal's sub-goals, activities and indicators, found in one pass over the snapshot: asked
    // goal by goal, a filter over every activity was quadratic in the plan's size
    private Map<String, List<String>> children;
    private Map<String, List<FactRow>> activities;
    private Map<String, List<FactRow>> indicators;

    private final Map<String, List<SeriesPoint>> series;
    private final CrossPlanGoals otherPlans;

    PlanAssembler(Snapshot snapshot) {
        this(snapshot, Map.of());
    }

    /** With each indicator's measurement series, as the overview's charts draw them. */
    PlanAssembler(Snapshot snapshot, Map<String, List<SeriesPoint>> series) {
        this(snapshot, series, null);
    }

    /** With the goals of other plans (null: none) that goals contribute to and that contribute to them. */
    PlanAssembler(Snapshot snapshot, Map<String, List<SeriesPoint>> series, CrossPlanGoals otherPlans) {
        this(snapshot, series, otherPlans, new IdentityHashMap<>());
    }

    /** Sharing values: the facts read once for all the assemblers of one answer (the history's twelve months). */
    PlanAssembler(Snapshot snapshot, Map<String, List<SeriesPoint>> series, CrossPlanGoals otherPlans,
            Map<FactRow, Object> values) {
        this.snapshot = snapshot;
        this.series = series;
        this.otherPlans = otherPlans;
        this.values = values;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    List<GoalView> goalTree() {
        prepareOtherPlans(true);
        return topGoals().stream().map(this::goal).toList();
    }

    /** The goals of other plans this plan's goals count (and, with links, link to), and their plans, read in one go. */
    void prepareOtherPlans(boolean links) {
        if (otherPlans != null) {
            otherPlans.prepare(snapshot.goals.keySet(), !links ? List.of() : snapshot.goals.keySet().stream()
                    .flatMap(id -> list(goalDefinition(id).contributesTo()).stream()).toList());
        }
    }

    /** The goals at the top of the tree, grouped by målområde. */
    List<String> topGoals() {
        return TargetAreas.grouped(childrenOf(null), id -> goalDefinition(id).area());
    }

    List<PrognosisView> prognoses() {
        prepareOtherPlans(false);
        var views = new ArrayList<PrognosisView>();
        for (String id : snapshot.goals.keySet()) {
            var result = computed(id);
            var stated = snapshot.prognoses.get(id);
            var statedValue = value(stated, PrognosisValue.class);
            Prognosis statedPrognosis = statedValue == null ? null : statedValue.prognosis();
            views.add(new PrognosisView(id, goalDefinition(id).title(), result.prognosis(), statedPrognosis,
                    statedValue == null ? null : statedValue.motivation(), stated == null ? null : stated.validFrom(),
                    differs(result.prognosis(), statedPrognosis), result.reasons(), result.summary()));
        }
        return views;
    }

    PrognosisRule.Result computed(String goalId) {
        var known = computed.get(goalId);
        if (known != null) {
            return known;
        }
        var subGoals = new ArrayList<>(childrenOf(goalId).stream()
                .map(child -> new PrognosisRule.GoalPrognosis(child, goalDefinition(child).title(),
                        computed(child).prognosis()))
                .toList());
        subGoals.addAll(contributingGoals(goalId));
        var result = PrognosisRule.goal(goalDefinition(goalId).direction(),
                indicatorsOf(goalId).stream().map(this::indicatorInput).toList(),
                activitiesOf(goalId).stream().map(this::activityInput).toList(), subGoals, rule(), snapshot.date);
        computed.put(goalId, result);
        return result;
    }

    /** Goals of other plans contributing to the goal count as its sub-goals do. */
    private List<PrognosisRule.GoalPrognosis> contributingGoals(String goalId) {
        return contributions(goalId).stream()
                .map(c -> new PrognosisRule.GoalPrognosis(c.goalId(), c.title(), c.prognosis(), true)).toList();
    }

    private List<ContributionView> contributions(String goalId) {
        return otherPlans == null ? List.of() : otherPlans.contributionsTo(goalId);
    }

    /** The parameters in force on the snapshot's date: the plan's own, set by decision, or the default. */
    PrognosisRule.Parameters rule() {
        var set = value(snapshot.prognosisRule, FactValues.RuleValue.class);
        return set == null ? PrognosisRule.Parameters.DEFAULT : new PrognosisRule.Parameters(
                set.activitiesMayLower(), set.notMetShare(), set.decision(), snapshot.prognosisRule.validFrom());
    }

    Prognosis stated(String goalId) {
        var stated = value(snapshot.prognoses.get(goalId), PrognosisValue.class);
        return stated == null ? null : stated.prognosis();
    }

    ActivityStatus status(String activityId) {
        var status = value(snapshot.statuses.get(activityId), StatusValue.class);
        return status == null ? ActivityStatus.NOT_STARTED : status.status();
    }

    GoalDefinition goalDefinition(String goalId) {
        return value(snapshot.goals.get(goalId), GoalDefinition.class);
    }

    ActivityDefinition activityDefinition(FactRow activity) {
        return value(activity, ActivityDefinition.class);
    }

    /** Each fact read once per assembler: the history grid asks about the same facts month after month. */
    private <T> T value(FactRow row, Class<T> type) {
        return row == null ? null : type.cast(values.computeIfAbsent(row, r -> FactValues.read(r, type)));
    }

    private GoalView goal(String id) {
        var d = goalDefinition(id);
        var result = computed(id);
        var statedRow = snapshot.prognoses.get(id);
        var stated = value(statedRow, PrognosisValue.class);
        Prognosis statedPrognosis = stated(id);
        return new GoalView(id, d.title(), d.area(), d.direction(), list(d.sdgs()), list(d.desiredEffects()),
                d.ambition(), d.parentGoalId(), result.prognosis(), statedPrognosis,
                stated == null ? null : stated.motivation(),
                differs(result.prognosis(), statedPrognosis),
                indicatorsOf(id).stream().map(this::indicator).toList(),
                activitiesOf(id).stream().map(this::activity).toList(),
                childrenOf(id).stream().map(this::goal).toList(),
                otherPlans == null ? List.of() : otherPlans.links(list(d.contributesTo())), contributions(id),
                d.validTo(), d.purpose(), list(d.strategies()), list(d.risks()),
                statedRow == null ? null : statedRow.validFrom(), result.reasons(), result.summary());
    }

    private IndicatorView indicator(FactRow row) {
        var measurement = snapshot.measurements.get(row.entityId());
        return IndicatorInputs.view(row.entityId(), value(row, IndicatorDefinition.class),
                value(measurement, MeasurementValue.class), measurement == null ? null : measurement.validFrom(),
                series.getOrDefault(row.entityId(), List.of()), snapshot.date);
    }

    private ActivityView activity(FactRow row) {
        var d = activityDefinition(row);
        var status = value(snapshot.statuses.get(row.entityId()), StatusValue.class);
        var comment = snapshot.comments.get(row.entityId());
        ActivityStatus current = status(row.entityId());
        return new ActivityView(row.entityId(), d.title(), d.description(), current.name(), Vocabulary.label(current),
                status == null ? null : status.explanation(), d.responsible(), list(d.partners()), d.start(), d.end(),
                d.desiredState(), list(d.goalIds()), comment == null ? null
                        : new CommentView(value(comment, CommentValue.class).text(), comment.validFrom(), null));
    }

    private IndicatorJudgement.Indicator indicatorInput(FactRow row) {
        var measurement = snapshot.measurements.get(row.entityId());
        return IndicatorInputs.input(row.entityId(), value(row, IndicatorDefinition.class),
                value(measurement, MeasurementValue.class), measurement == null ? null : measurement.validFrom(),
                series.getOrDefault(row.entityId(), List.of()), snapshot.date);
    }

    private PrognosisRule.Activity activityInput(FactRow row) {
        var d = activityDefinition(row);
        return new PrognosisRule.Activity(row.entityId(), d.title(), status(row.entityId()), d.start());
    }

    List<String> childrenOf(String parentId) {
        if (children == null) {
            children = new HashMap<>();
            for (String id : snapshot.goals.keySet()) {
                children.computeIfAbsent(parentOf(id), k -> new ArrayList<>()).add(id);
            }
        }
        return children.getOrDefault(parentId, List.of());
    }

    /**
     * The goal's parent as the tree shows it: none when the parent is not in the plan on this date,
     * or when following parents leads back to the goal (a circle must not hide goals, nor loop).
     */
    private String parentOf(String goalId) {
        String parent = goalDefinition(goalId).parentGoalId();
        var seen = new java.util.HashSet<String>();
        for (String up = parent; up != null; up = seen.add(up) && snapshot.goals.containsKey(up)
                ? goalDefinition(up).parentGoalId() : null) {
            if (up.equals(goalId) || !snapshot.goals.containsKey(up)) {
                return null;
            }
        }
        return parent;
    }

    List<FactRow> activitiesOf(String goalId) {
        if (activities == null) {
            activities = new HashMap<>();
            for (FactRow activity : snapshot.activities.values()) {
                for (String goal : new LinkedHashSet<>(list(activityDefinition(activity).goalIds()))) {
                    activities.computeIfAbsent(goal, k -> new ArrayList<>()).add(activity);
                }
            }
        }
        return activities.getOrDefault(goalId, List.of());
    }

    private List<FactRow> indicatorsOf(String goalId) {
        if (indicators == null) {
            indicators = new HashMap<>();
            for (FactRow indicator : snapshot.indicators.values()) {
                indicators.computeIfAbsent(value(indicator, IndicatorDefinition.class).goalId(),
                        k -> new ArrayList<>()).add(indicator);
            }
        }
        return indicators.getOrDefault(goalId, List.of());
    }

    private static boolean differs(Prognosis computed, Prognosis stated) {
        return computed != null && stated != null && computed != stated;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
