package se.ledger.activity.web;

import se.ledger.activity.command.ActivityAggregate;

/** Breaks on purpose: a controller holding an aggregate ({@code ArchitectureRulesCanFailTest}). */
public class AggregateTouchingFixture {
    public Class<?> reach() {
        return ActivityAggregate.class;
    }
}
