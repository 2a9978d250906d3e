package se.ledger.imports;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.ledger.activity.command.PlanActivity;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.ReportGoalMonth;

/** What the ledger would hold after the steps were sent, without a ledger: for tests of the delta alone. */
final class LedgerOfSteps {

    private LedgerOfSteps() {
    }

    @SafeVarargs
    static PlanContents contents(String planId, List<ImportStep>... batches) {
        var titles = new HashMap<String, DefineGoal>();
        var marks = new HashMap<String, Map<YearMonth, MonthMark>>();
        var comments = new HashMap<String, Set<PlanContents.Comment>>();
        var activities = new HashMap<String, PlanContents.Activity>();
        for (List<ImportStep> steps : batches) {
            for (ImportStep step : steps) {
                Object command = step.command();
                if (command instanceof DefineGoal d) {
                    titles.put(d.goalId().value(), d);
                } else if (command instanceof PlanActivity a) {
                    activities.put(a.activityId().value(), new PlanContents.Activity(a.title(),
                            a.goalIds().stream().map(GoalId::value).toList()));
                } else if (command instanceof ReportGoalMonth r) {
                    marks.computeIfAbsent(r.goalId().value(), id -> new TreeMap<>()).put(r.month(), r.mark());
                } else if (command instanceof CommentOnGoal c) {
                    comments.computeIfAbsent(c.goalId().value(), id -> new HashSet<>())
                            .add(new PlanContents.Comment(c.effectiveDate(), c.text(), c.actor()));
                }
            }
        }
        var goals = new HashMap<String, PlanContents.Goal>();
        titles.forEach((id, d) -> goals.put(id, new PlanContents.Goal(d.title(), d.desiredEffects(),
                marks.getOrDefault(id, Map.of()), comments.getOrDefault(id, Set.of()))));
        return new PlanContents(planId, goals, activities);
    }
}
