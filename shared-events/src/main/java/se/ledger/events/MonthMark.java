package se.ledger.events;

/** The month mark of the municipal follow-up table. */
public enum MonthMark {
    AS_PLANNED("⇒", "Pågår enligt plan"),
    RISING("↑", "Pågår, stigande trend"),
    FALLING("↓", "Halkar efter");

    private final String symbol;
    private final String label;

    MonthMark(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }
}
