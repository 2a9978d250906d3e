package se.ledger.events;

/** The kinds of entity of the ledger, with how users read them ("Målet g1 finns inte"). */
public enum EntityKind {
    PLAN("Planen", "en plan"),
    GOAL("Målet", "ett mål"),
    INDICATOR("Nyckeltalet", "ett nyckeltal"),
    ACTIVITY("Aktiviteten", "en aktivitet");

    private final String definite;
    private final String indefinite;

    EntityKind(String definite, String indefinite) {
        this.definite = definite;
        this.indefinite = indefinite;
    }

    /** "Målet": starts a sentence about one named entity. */
    public String definite() {
        return definite;
    }

    /** "ett mål". */
    public String indefinite() {
        return indefinite;
    }
}
