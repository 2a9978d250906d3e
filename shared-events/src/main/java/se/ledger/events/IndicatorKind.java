package se.ledger.events;

/**
 * A level (stock: the latest value is the state, as "andel nöjda") or a flow (a count or sum
 * within each calendar year, as "antal nya företag"; a flow's measurement is its year-to-date total).
 */
public enum IndicatorKind {
    LEVEL,
    FLOW
}
