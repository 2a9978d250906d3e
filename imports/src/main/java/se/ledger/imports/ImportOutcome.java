package se.ledger.imports;

public enum ImportOutcome {
    /** Stored now. */
    IMPORTED,
    /** Every rule checked, nothing stored. */
    DRY_RUN,
    /**
     * The same content was imported before; nothing stored now, the first import's summary answered. For a
     * follow-up: everything in the file is in the plan already, so nothing was stored.
     */
    ALREADY_IMPORTED
}
