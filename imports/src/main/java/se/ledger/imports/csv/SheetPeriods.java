package se.ledger.imports.csv;

import java.util.List;
import java.util.Optional;
import se.ledger.command.PlanPeriod;

/** The period of the plan a goal of the file belongs to, when the file gives both: what a row's dates are held against. */
final class SheetPeriods {

    private SheetPeriods() {
    }

    static Optional<PlanPeriod> ofGoal(String goalId, List<SheetPlan> plans, List<SheetGoal> goals) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst()
                .flatMap(g -> plans.stream().filter(p -> p.id().equals(g.planId())).findFirst())
                .filter(p -> p.periodStart() != null && p.periodEnd() != null)
                .map(p -> new PlanPeriod(p.periodStart(), p.periodEnd()));
    }
}
