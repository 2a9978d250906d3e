package se.ledger.command;

import se.ledger.activity.command.PlanActivity;

/** Breaks on purpose: the shared command kernel knowing a feature ({@code ArchitectureRulesCanFailTest}). */
public class FeatureAwareFixture {
    public Class<?> reach() {
        return PlanActivity.class;
    }
}
