package se.ledger.imports;

/** What a translated command stores; the summary counts per kind. */
public enum StepKind {
    PLAN(true),
    GOAL(true),
    INDICATOR(true),
    ACTIVITY(true),
    STATUS(false),
    MONTH_REPORT(false),
    COMMENT(false),
    MEASUREMENT(false),
    /** An end (gäller till) by a decision, sent after the definition. */
    REVISION(false);

    private final boolean creation;

    StepKind(boolean creation) {
        this.creation = creation;
    }

    /** A definition that claims a new id. */
    public boolean creation() {
        return creation;
    }
}
