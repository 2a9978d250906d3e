package se.ledger.imports;

public enum ImportOutcome {
    /** Stored now. */
    IMPORTED,
    /** Every rule checked, nothing stored. */
    DRY_RUN,
    /** The same content was imported before; nothing stored now, the first import's summary answered. */
    ALREADY_IMPORTED
}
