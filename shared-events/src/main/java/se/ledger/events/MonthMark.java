package se.ledger.events;

/** The month mark of the municipal follow-up table (⇒ ↑ ↓: the symbols belong to the web layer). */
public enum MonthMark {
    AS_PLANNED,
    RISING,
    FALLING
}
