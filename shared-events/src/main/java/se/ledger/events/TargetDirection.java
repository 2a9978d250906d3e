package se.ledger.events;

/** A target that asks for a direction rather than a number ("ökning", "minskning"). */
public enum TargetDirection {
    INCREASE,
    DECREASE
}
