package se.ledger.events;

/** A target that asks for a direction rather than a number ("ökning", "minskning"). */
public enum TargetDirection {
    INCREASE("Ökning"),
    DECREASE("Minskning");

    private final String label;

    TargetDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
