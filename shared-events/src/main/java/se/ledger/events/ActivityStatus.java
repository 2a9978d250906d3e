package se.ledger.events;

/** Activity status with the label municipalities use. */
public enum ActivityStatus {
    NOT_STARTED("Ej påbörjad", false, false),
    ON_TRACK("Pågående enligt plan", false, false),
    DEVIATING("Pågående med avvikelse", true, false),
    COMPLETED("Avslutad enligt plan", false, true),
    COMPLETED_WITH_DEVIATION("Avslutad med avvikelse", true, true),
    CANCELLED("Avbruten", false, true);

    private final String label;
    private final boolean needsExplanation;
    private final boolean finished;

    ActivityStatus(String label, boolean needsExplanation, boolean finished) {
        this.label = label;
        this.needsExplanation = needsExplanation;
        this.finished = finished;
    }

    public String label() {
        return label;
    }

    public boolean needsExplanation() {
        return needsExplanation;
    }

    /** Closed statuses change only through a correction of the event that closed them. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    public boolean isFinished() {
        return finished;
    }
}
