package se.ledger.events;

/**
 * The level of the organisation unit a plan belongs to: fullmäktige (COUNCIL), styrelse or nämnd
 * (BOARD), förvaltning (ADMINISTRATION), enhet (UNIT).
 */
public enum PlanLevel {
    COUNCIL,
    BOARD,
    ADMINISTRATION,
    UNIT;

    /** Events recorded before levels existed were plans of a board. */
    public static PlanLevel orDefault(PlanLevel level) {
        return level == null ? BOARD : level;
    }
}
