package se.ledger.plan.query;

import static se.ledger.plan.query.Snapshot.date;
import static se.ledger.plan.query.Snapshot.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;
import se.ledger.plan.query.PlanViews.ActivityView;
import se.ledger.plan.query.PlanViews.CommentView;
import se.ledger.plan.query.PlanViews.GoalView;
import se.ledger.plan.query.PlanViews.IndicatorView;
import se.ledger.plan.query.PlanViews.LatestView;
import se.ledger.plan.query.PlanViews.PrognosisView;
import se.ledger.plan.query.PlanViews.SeriesPoint;

/** Builds the goal tree of a snapshot, with each goal's computed and stated prognosis. */
final class PlanAssembler {

    private final Snapshot snapshot;
    private final Map<String, PrognosisRule.Result> computed = new HashMap<>();

    private final Map<String, List<SeriesPoint>> series;

    PlanAssembler(Snapshot snapshot) {
        this(snapshot, Map.of());
    }

    /** With each indicator's measurement series, as the overview's charts draw them. */
    PlanAssembler(Snapshot snapshot, Map<String, List<SeriesPoint>> series) {
        this.snapshot = snapshot;
        this.series = series;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    List<GoalView> goalTree() {
        return childrenOf(null).stream().map(this::goal).toList();
    }

    List<PrognosisView> prognoses() {
        var views = new ArrayList<PrognosisView>();
        for (String id : snapshot.goals.keySet()) {
            var result = computed(id);
            var stated = snapshot.prognoses.get(id);
            Prognosis statedPrognosis = stated == null ? null : Prognosis.valueOf(text(stated.value(), "prognosis"));
            views.add(new PrognosisView(id, text(snapshot.goals.get(id).value(), "title"), result.prognosis(),
                    statedPrognosis, stated == null ? null : text(stated.value(), "motivation"),
                    stated == null ? null : stated.validFrom(), differs(result.prognosis(), statedPrognosis),
                    result.reasons()));
        }
        return views;
    }

    PrognosisRule.Result computed(String goalId) {
        var known = computed.get(goalId);
        if (known != null) {
            return known;
        }
        var definition = snapshot.goals.get(goalId).value();
        var subGoals = childrenOf(goalId).stream()
                .map(child -> new PrognosisRule.SubGoal(child, text(snapshot.goals.get(child).value(), "title"),
                        computed(child).prognosis()))
                .toList();
        var result = PrognosisRule.goal(definition.path("direction").asBoolean(false),
                indicatorsOf(goalId).stream().map(this::indicatorInput).toList(),
                activitiesOf(goalId).stream().map(this::activityInput).toList(), subGoals, snapshot.date);
        computed.put(goalId, result);
        return result;
    }

    Prognosis stated(String goalId) {
        var stated = snapshot.prognoses.get(goalId);
        return stated == null ? null : Prognosis.valueOf(text(stated.value(), "prognosis"));
    }

    ActivityStatus status(String activityId) {
        var status = snapshot.statuses.get(activityId);
        return status == null ? ActivityStatus.NOT_STARTED : ActivityStatus.valueOf(text(status.value(), "status"));
    }

    private GoalView goal(String id) {
        var d = snapshot.goals.get(id).value();
        var result = computed(id);
        var stated = snapshot.prognoses.get(id);
        Prognosis statedPrognosis = stated(id);
        return new GoalView(id, text(d, "title"), text(d, "area"), d.path("direction").asBoolean(false),
                ints(d.get("sdgs")), strings(d.get("desiredEffects")), text(d, "ambition"), text(d, "parentGoalId"),
                result.prognosis(), statedPrognosis, stated == null ? null : text(stated.value(), "motivation"),
                differs(result.prognosis(), statedPrognosis),
                indicatorsOf(id).stream().map(this::indicator).toList(),
                activitiesOf(id).stream().map(this::activity).toList(),
                childrenOf(id).stream().map(this::goal).toList());
    }

    private IndicatorView indicator(FactRow row) {
        var d = row.value();
        var measurement = snapshot.measurements.get(row.entityId());
        LatestView latest = measurement == null ? null : new LatestView(decimal(measurement.value().get("value")),
                measurement.value().path("noNewData").asBoolean(false) ? Boolean.TRUE : null, measurement.validFrom());
        return new IndicatorView(row.entityId(), text(d, "name"), text(d, "unit"), d.get("baseline"), d.get("target"),
                text(d, "source"), latest, PrognosisRule.indicator(indicatorInput(row), snapshot.date).assessment(),
                series.getOrDefault(row.entityId(), List.of()));
    }

    private ActivityView activity(FactRow row) {
        var d = row.value();
        var status = snapshot.statuses.get(row.entityId());
        var comment = snapshot.comments.get(row.entityId());
        ActivityStatus current = status(row.entityId());
        return new ActivityView(row.entityId(), text(d, "title"), text(d, "description"), current.name(),
                current.label(), status == null ? null : text(status.value(), "explanation"), d.get("responsible"),
                strings(d.get("partners")), date(d, "start"), date(d, "end"), text(d, "desiredState"),
                strings(d.get("goalIds")), comment == null ? null
                        : new CommentView(text(comment.value(), "text"), comment.validFrom(), null));
    }

    private PrognosisRule.Indicator indicatorInput(FactRow row) {
        var d = row.value();
        var baseline = d.get("baseline");
        var target = d.get("target");
        var m = snapshot.measurements.get(row.entityId());
        String direction = text(target, "direction");
        return new PrognosisRule.Indicator(row.entityId(), text(d, "name"), text(d, "unit"),
                decimal(baseline == null ? null : baseline.get("value")), date(baseline, "date"),
                decimal(target == null ? null : target.get("value")),
                direction == null ? null : TargetDirection.valueOf(direction), text(target, "text"),
                date(target, "date"), m == null ? null : decimal(m.value().get("value")),
                m != null && m.value().path("noNewData").asBoolean(false), m == null ? null : m.validFrom());
    }

    private PrognosisRule.Activity activityInput(FactRow row) {
        return new PrognosisRule.Activity(row.entityId(), text(row.value(), "title"), status(row.entityId()),
                date(row.value(), "start"));
    }

    List<String> childrenOf(String parentId) {
        return snapshot.goals.keySet().stream().filter(id -> Objects.equals(parentOf(id), parentId)).toList();
    }

    /**
     * The goal's parent as the tree shows it: none when the parent is not in the plan on this date,
     * or when following parents leads back to the goal (a circle must not hide goals, nor loop).
     */
    private String parentOf(String goalId) {
        String parent = text(snapshot.goals.get(goalId).value(), "parentGoalId");
        var seen = new java.util.HashSet<String>();
        for (String up = parent; up != null; up = seen.add(up) && snapshot.goals.containsKey(up)
                ? text(snapshot.goals.get(up).value(), "parentGoalId") : null) {
            if (up.equals(goalId) || !snapshot.goals.containsKey(up)) {
                return null;
            }
        }
        return parent;
    }

    List<FactRow> activitiesOf(String goalId) {
        return snapshot.activities.values().stream()
                .filter(a -> strings(a.value().get("goalIds")).contains(goalId)).toList();
    }

    private List<FactRow> indicatorsOf(String goalId) {
        return snapshot.indicators.values().stream()
                .filter(i -> goalId.equals(text(i.value(), "goalId"))).toList();
    }

    private static boolean differs(Prognosis computed, Prognosis stated) {
        return computed != null && stated != null && computed != stated;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    private static List<Integer> ints(JsonNode array) {
        var list = new ArrayList<Integer>();
        if (array != null) {
            array.forEach(n -> list.add(n.asInt()));
        }
        return list;
    }
}
