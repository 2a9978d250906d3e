package se.ledger.imports.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledger.command.GoalTree;
import se.ledger.imports.text.ImportProblem;

/**
 * Checks that ids are unique in the file, across kinds as the ledger requires, and that every reference points at
 * an id defined in the same file: the file is imported as a whole, so a dangling reference is a typo, not
 * something to look up elsewhere. A sub-goal's parent must be in the sub-goal's plan, as the ledger requires.
 */
final class References {

    private final List<ImportProblem> problems;

    private References(List<ImportProblem> problems) {
        this.problems = problems;
    }

    static void check(SpreadsheetImport sheet, List<ImportProblem> problems) {
        References references = new References(problems);
        List<Defined> defined = new ArrayList<>();
        sheet.plans().forEach(p -> defined.add(new Defined(SheetRowType.PLAN, p.id(), p.sourceLine())));
        sheet.goals().forEach(g -> defined.add(new Defined(SheetRowType.GOAL, g.id(), g.sourceLine())));
        sheet.indicators().forEach(i -> defined.add(new Defined(SheetRowType.INDICATOR, i.id(), i.sourceLine())));
        sheet.activities().forEach(a -> defined.add(new Defined(SheetRowType.ACTIVITY, a.id(), a.sourceLine())));
        references.unique(defined);
        Set<String> plans = idsOf(SheetRowType.PLAN, defined);
        Set<String> indicators = idsOf(SheetRowType.INDICATOR, defined);
        Map<String, SheetGoal> goals = new HashMap<>();
        sheet.goals().forEach(g -> goals.putIfAbsent(g.id(), g));
        for (SheetGoal goal : sheet.goals()) {
            references.known(goal.planId(), plans, goal.sourceLine(), SheetColumn.PLAN_ID, SheetRowType.PLAN);
            references.known(goal.parentGoalId(), goals.keySet(), goal.sourceLine(), SheetColumn.PARENT_GOAL,
                    SheetRowType.GOAL);
            references.parentInSamePlan(goal, goals.get(goal.parentGoalId()), plans);
        }
        references.acyclic(sheet.goals(), goals);
        SheetContributions.check(sheet, problems);
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

    private record Defined(SheetRowType type, String id, int line) {
    }

    private static Set<String> idsOf(SheetRowType type, List<Defined> defined) {
        Set<String> ids = new HashSet<>();
        defined.stream().filter(d -> d.type() == type && d.id() != null).forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** Plans, goals, indicators and activities share one namespace in the ledger: the later line is reported. */
    private void unique(List<Defined> defined) {
        Map<String, Defined> first = new HashMap<>();
        for (Defined d : defined.stream().sorted(Comparator.comparingInt(Defined::line)).toList()) {
            if (d.id() == null) {
                continue;
            }
            Defined earlier = first.putIfAbsent(d.id(), d);
            if (earlier != null) {
                problems.add(new ImportProblem(d.line(), SheetColumn.ID.header(), "id:t '" + d.id()
                        + "' används redan på rad " + earlier.line() + " (" + earlier.type().label() + ")"
                        + (earlier.type() == d.type() ? "" : ": planer, mål, nyckeltal och aktiviteter kan inte ha "
                                + "samma id")));
            }
        }
    }

    private void known(String id, Set<String> defined, int line, SheetColumn column, SheetRowType type) {
        if (id != null && !defined.contains(id)) {
            problems.add(new ImportProblem(line, column.header(),
                    "ingen " + type.label() + "-rad i filen har id '" + id + "'"));
        }
    }

    /** Only when both plans are in the file: an unknown plan is reported as such. */
    private void parentInSamePlan(SheetGoal goal, SheetGoal parent, Set<String> plans) {
        if (parent != null && plans.contains(goal.planId()) && plans.contains(parent.planId())
                && !goal.planId().equals(parent.planId())) {
            problems.add(new ImportProblem(goal.sourceLine(), SheetColumn.PARENT_GOAL.header(), "det överordnade "
                    + "målet '" + parent.id() + "' hör till planen '" + parent.planId() + "', men det här målet hör "
                    + "till planen '" + goal.planId() + "': ett delmål måste höra till samma plan som sitt "
                    + "överordnade mål"));
        }
    }

    private void acyclic(List<SheetGoal> goals, Map<String, SheetGoal> byId) {
        Set<String> reported = new HashSet<>();
        for (SheetGoal goal : goals) {
            GoalTree.cycle(goal.id(), goal.parentGoalId(),
                    id -> Optional.ofNullable(byId.get(id)).map(SheetGoal::parentGoalId))
                    .filter(message -> reported.add(goal.id()))
                    .ifPresent(message -> problems.add(new ImportProblem(goal.sourceLine(),
                            SheetColumn.PARENT_GOAL.header(), message)));
        }
    }

    private void measurements(List<SheetMeasurement> measurements, Set<String> indicators) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (SheetMeasurement m : measurements) {
            known(m.indicatorId(), indicators, m.sourceLine(), SheetColumn.INDICATOR_ID, SheetRowType.INDICATOR);
            if (m.indicatorId() != null && m.date() != null) {
                Integer first = firstLine.putIfAbsent(m.indicatorId() + "@" + m.date(), m.sourceLine());
                if (first != null) {
                    problems.add(new ImportProblem(m.sourceLine(), SheetColumn.DATE.header(), "en andra mätning av '"
                            + m.indicatorId() + "' per " + m.date() + " (den första står på rad " + first + ")"));
                }
            }
        }
    }
}
