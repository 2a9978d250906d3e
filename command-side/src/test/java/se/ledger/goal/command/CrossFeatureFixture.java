package se.ledger.goal.command;

import se.ledger.activity.command.PlanActivity;

/** Breaks on purpose: a feature reaching into another ({@code ArchitectureRulesCanFailTest}). */
public class CrossFeatureFixture {
    public Class<?> reach() {
        return PlanActivity.class;
    }
}
