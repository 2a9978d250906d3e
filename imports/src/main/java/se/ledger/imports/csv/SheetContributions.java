package se.ledger.imports.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.command.Contributions;
import se.ledger.command.PlanPeriod;
import se.ledger.events.PlanId;
import se.ledger.imports.text.ImportProblem;

/**
 * "bidrar till" between goals of the file, by the ledger's rule (Contributions: other plans, overlapping periods,
 * no cycles). A goal not in the file may be in the ledger: the ledger checks that one when the goal is defined.
 */
final class SheetContributions implements Contributions.Lookups {

    private final Map<String, SheetGoal> goals = new HashMap<>();
    private final Map<String, SheetPlan> plans = new HashMap<>();

    private SheetContributions(SpreadsheetImport sheet) {
        sheet.goals().forEach(g -> goals.putIfAbsent(g.id(), g));
        sheet.plans().forEach(p -> plans.putIfAbsent(p.id(), p));
    }

    static void check(SpreadsheetImport sheet, List<ImportProblem> problems) {
        var lookups = new SheetContributions(sheet);
        for (SheetGoal goal : sheet.goals()) {
            List<String> inFile = goal.contributesTo().stream().filter(lookups.goals::containsKey).toList();
            if (inFile.isEmpty() || goal.planId() == null) {
                continue;
            }
            Contributions.problem(goal.id(), new PlanId(goal.planId()), inFile, lookups).ifPresent(message ->
                    problems.add(new ImportProblem(goal.sourceLine(), SheetColumn.CONTRIBUTES_TO.header(), message)));
        }
    }

    @Override
    public Optional<PlanId> planOfGoal(String goalId) {
        return Optional.ofNullable(goals.get(goalId)).map(SheetGoal::planId).map(PlanId::new);
    }

    @Override
    public Optional<PlanPeriod> periodOf(PlanId plan) {
        return Optional.ofNullable(plans.get(plan.value())).filter(p -> p.periodStart() != null
                && p.periodEnd() != null).map(p -> new PlanPeriod(p.periodStart(), p.periodEnd()));
    }

    @Override
    public List<String> contributionsOf(String goalId) {
        return Optional.ofNullable(goals.get(goalId)).map(SheetGoal::contributesTo).orElse(List.of());
    }
}
