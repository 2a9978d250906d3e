package se.ledger.events;

/** Prognosis for goal fulfilment (prognos för måluppfyllelse). */
public enum Prognosis {
    MET("Uppfylls", "green"),
    PARTLY_MET("Uppfylls delvis", "yellow"),
    NOT_MET("Uppfylls inte", "red"),
    NOT_ASSESSABLE("Kan inte bedömas", "grey");

    private final String label;
    private final String colour;

    Prognosis(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
