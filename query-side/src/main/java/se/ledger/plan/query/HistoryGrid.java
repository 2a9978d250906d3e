package se.ledger.plan.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.ledger.events.ActivityStatus;
import se.ledger.events.MonthMark;
import se.ledger.plan.query.PlanViews.HistoryRow;
import se.ledger.plan.query.PlanViews.MonthCell;
import se.ledger.platform.Vocabulary;

/**
 * The municipal follow-up table rebuilt: each goal followed by its activities, twelve months
 * each, with the state at month end (today for the running month; nothing for months to come).
 */
final class HistoryGrid {

    private final List<FactRow> facts;
    private final Map<String, List<String>> commentsByEntityAndMonth = new HashMap<>();
    private final LocalDate today;
    private final Function<LocalDate, CrossPlanGoals> otherPlans;

    HistoryGrid(List<FactRow> facts, List<LogRow> comments, LocalDate today) {
        this(facts, comments, today, date -> null);
    }

    /** With the goals of other plans on each month's date, whose prognoses count for the goals they contribute to. */
    HistoryGrid(List<FactRow> facts, List<LogRow> comments, LocalDate today,
            Function<LocalDate, CrossPlanGoals> otherPlans) {
        this.facts = facts;
        this.today = today;
        this.otherPlans = otherPlans;
        for (LogRow comment : comments) {
            commentsByEntityAndMonth.computeIfAbsent(key(comment.entityId(), YearMonth.from(comment.effectiveDate())),
                    k -> new ArrayList<>()).add(FactValues.read(comment.value(), FactValues.CommentValue.class).text());
        }
    }

    List<HistoryRow> rows(int year) {
        var months = new ArrayList<YearMonth>();
        var snapshots = new ArrayList<PlanAssembler>();
        var values = new IdentityHashMap<FactRow, Object>();
        for (int m = 1; m <= 12; m++) {
            var month = YearMonth.of(year, m);
            months.add(month);
            LocalDate end = month.atEndOfMonth();
            LocalDate date = end.isAfter(today) ? today : end;
            snapshots.add(month.atDay(1).isAfter(today) ? null
                    : new PlanAssembler(Snapshot.of(facts, date), Map.of(), otherPlans.apply(date), values));
        }
        snapshots.stream().filter(Objects::nonNull).forEach(month -> month.prepareOtherPlans(false));
        var structure = new PlanAssembler(Snapshot.of(facts, lastKnownDate(year)), Map.of(), null, values);
        var rows = new ArrayList<HistoryRow>();
        var listed = new LinkedHashSet<String>();
        addGoals(structure, null, months, snapshots, rows, listed);
        return rows;
    }

    private void addGoals(PlanAssembler structure, String parent, List<YearMonth> months,
            List<PlanAssembler> snapshots, List<HistoryRow> rows, LinkedHashSet<String> listed) {
        for (String goalId : parent == null ? structure.topGoals() : structure.childrenOf(parent)) {
            String area = structure.goalDefinition(goalId).area();
            rows.add(new HistoryRow("goal", goalId, structure.goalDefinition(goalId).title(), null,
                    cells(goalId, true, months, snapshots), area));
            for (FactRow activity : structure.activitiesOf(goalId)) {
                if (listed.add(activity.entityId())) {
                    rows.add(new HistoryRow("activity", activity.entityId(), structure.activityDefinition(activity).title(),
                            goalId, cells(activity.entityId(), false, months, snapshots), area));
                }
            }
            addGoals(structure, goalId, months, snapshots, rows, listed);
        }
    }

    private List<MonthCell> cells(String id, boolean goal, List<YearMonth> months, List<PlanAssembler> snapshots) {
        var cells = new ArrayList<MonthCell>();
        for (int i = 0; i < months.size(); i++) {
            var month = months.get(i);
            var at = snapshots.get(i);
            var comments = commentsByEntityAndMonth.getOrDefault(key(id, month), List.of());
            if (at == null) {
                cells.add(new MonthCell(month.toString(), null, null, null, null, comments, null, null));
                continue;
            }
            var markNode = at.snapshot().marks.getOrDefault(id, Map.of()).get(month.toString());
            var markValue = FactValues.read(markNode, FactValues.MarkValue.class);
            MonthMark mark = markValue == null ? null : markValue.mark();
            boolean exists = goal ? at.snapshot().goals.containsKey(id) : at.snapshot().activities.containsKey(id);
            ActivityStatus status = !goal && exists ? at.status(id) : null;
            cells.add(new MonthCell(month.toString(), status == null ? null : status.name(),
                    status == null ? null : Vocabulary.label(status), mark == null ? null : mark.name(),
                    mark == null ? null : Vocabulary.symbol(mark), comments,
                    goal && exists ? at.computed(id).prognosis() : null, goal && exists ? at.stated(id) : null));
        }
        return cells;
    }

    private LocalDate lastKnownDate(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    private static String key(String id, YearMonth month) {
        return id + "@" + month;
    }
}
