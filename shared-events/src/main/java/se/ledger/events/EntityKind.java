package se.ledger.events;

/** The kinds of entity of the ledger; how users read them ("Målet g1 finns inte") is the web layer's. */
public enum EntityKind {
    PLAN,
    GOAL,
    INDICATOR,
    ACTIVITY
}
