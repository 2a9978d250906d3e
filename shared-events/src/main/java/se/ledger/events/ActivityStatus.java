package se.ledger.events;

/** Activity status; the labels municipalities use belong to the web layer. */
public enum ActivityStatus {
    NOT_STARTED(false, false),
    ON_TRACK(false, false),
    DEVIATING(true, false),
    COMPLETED(false, true),
    COMPLETED_WITH_DEVIATION(true, true),
    CANCELLED(false, true);

    private final boolean needsExplanation;
    private final boolean finished;

    ActivityStatus(boolean needsExplanation, boolean finished) {
        this.needsExplanation = needsExplanation;
        this.finished = finished;
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
