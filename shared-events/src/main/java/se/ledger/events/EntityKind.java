package se.ledger.events;

public enum EntityKind {
    PLAN, GOAL, INDICATOR, ACTIVITY
}
