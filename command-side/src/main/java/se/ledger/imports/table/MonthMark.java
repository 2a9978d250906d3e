package se.ledger.imports.table;

import java.util.Arrays;
import java.util.Optional;

/** The symbol a responsible person puts in a month cell of the plan table; an empty cell means no report. */
public enum MonthMark {
    AS_PLANNED("⇒", "→", "=>"),
    RISING("↑"),
    FALLING("↓");

    private final String symbol;
    // Word processors substitute look-alike arrows when people type them by hand.
    private final String[] alternatives;

    MonthMark(String symbol, String... alternatives) {
        this.symbol = symbol;
        this.alternatives = alternatives;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<MonthMark> fromSymbol(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(m -> m.symbol.equals(t) || Arrays.asList(m.alternatives).contains(t))
                .findFirst();
    }
}
