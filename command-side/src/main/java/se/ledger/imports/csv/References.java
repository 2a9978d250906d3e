package se.ledger.imports.csv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that ids are unique within their kind and that every reference points at an id defined in the same
 * file: the file is imported as a whole, so a dangling reference is a typo, not something to look up elsewhere.
 */
final class References {

    private final List<ParseProblem> problems;

    private References(List<ParseProblem> problems) {
        this.problems = problems;
    }

    static void check(SpreadsheetImport sheet, List<ParseProblem> problems) {
        References references = new References(problems);
        Set<String> plans = references.unique(SheetRowType.PLAN, sheet.plans().stream()
                .map(p -> new Defined(p.id(), p.sourceLine())).toList());
        Map<String, SheetGoal> goals = new HashMap<>();
        sheet.goals().forEach(g -> goals.putIfAbsent(g.id(), g));
        references.unique(SheetRowType.GOAL, sheet.goals().stream().map(g -> new Defined(g.id(), g.sourceLine()))
                .toList());
        Set<String> indicators = references.unique(SheetRowType.INDICATOR, sheet.indicators().stream()
                .map(i -> new Defined(i.id(), i.sourceLine())).toList());
        references.unique(SheetRowType.ACTIVITY, sheet.activities().stream()
                .map(a -> new Defined(a.id(), a.sourceLine())).toList());
        for (SheetGoal goal : sheet.goals()) {
            references.known(goal.planId(), plans, goal.sourceLine(), SheetColumn.PLAN_ID, SheetRowType.PLAN);
            references.known(goal.parentGoalId(), goals.keySet(), goal.sourceLine(), SheetColumn.PARENT_GOAL,
                    SheetRowType.GOAL);
        }
        references.acyclic(sheet.goals(), goals);
        for (SheetIndicator indicator : sheet.indicators()) {
            references.known(indicator.goalId(), goals.keySet(), indicator.sourceLine(), SheetColumn.GOALS,
                    SheetRowType.GOAL);
        }
        for (SheetActivity activity : sheet.activities()) {
            activity.goalIds().forEach(id -> references.known(id, goals.keySet(), activity.sourceLine(),
                    SheetColumn.GOALS, SheetRowType.GOAL));
        }
        references.measurements(sheet.measurements(), indicators);
    }

    private record Defined(String id, int line) {
    }

    private Set<String> unique(SheetRowType type, List<Defined> defined) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Defined d : defined) {
            if (d.id() == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(d.id(), d.line());
            if (first != null) {
                problems.add(new ParseProblem(d.line(), SheetColumn.ID.header(), "the id '" + d.id()
                        + "' is already used by the " + type.label() + " on line " + first));
            }
        }
        return firstLine.keySet();
    }

    private void known(String id, Set<String> defined, int line, SheetColumn column, SheetRowType type) {
        if (id != null && !defined.contains(id)) {
            problems.add(new ParseProblem(line, column.header(),
                    "no " + type.label() + " with id '" + id + "' in the file"));
        }
    }

    private void acyclic(List<SheetGoal> goals, Map<String, SheetGoal> byId) {
        Set<String> reported = new HashSet<>();
        for (SheetGoal goal : goals) {
            Set<String> seen = new HashSet<>();
            SheetGoal current = goal;
            while (current != null && current.parentGoalId() != null && seen.add(current.id())) {
                current = byId.get(current.parentGoalId());
            }
            if (current != null && current.parentGoalId() != null && current.id().equals(goal.id())
                    && reported.add(goal.id())) {
                problems.add(new ParseProblem(goal.sourceLine(), SheetColumn.PARENT_GOAL.header(),
                        "the goal '" + goal.id() + "' is its own ancestor: överordnat mål forms a cycle"));
            }
        }
    }

    private void measurements(List<SheetMeasurement> measurements, Set<String> indicators) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (SheetMeasurement m : measurements) {
            known(m.indicatorId(), indicators, m.sourceLine(), SheetColumn.INDICATOR_ID, SheetRowType.INDICATOR);
            if (m.indicatorId() != null && m.date() != null) {
                Integer first = firstLine.putIfAbsent(m.indicatorId() + "@" + m.date(), m.sourceLine());
                if (first != null) {
                    problems.add(new ParseProblem(m.sourceLine(), SheetColumn.DATE.header(), "a second measurement "
                            + "of '" + m.indicatorId() + "' at " + m.date() + " (the first is on line " + first
                            + ")"));
                }
            }
        }
    }
}
