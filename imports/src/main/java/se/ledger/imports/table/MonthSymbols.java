package se.ledger.imports.table;

import static se.ledger.events.MonthMark.AS_PLANNED;
import static se.ledger.events.MonthMark.FALLING;
import static se.ledger.events.MonthMark.RISING;

import java.util.Map;
import java.util.Optional;
import se.ledger.events.MonthMark;

/** The symbols a responsible person puts in a month cell of the plan table, for the ledger's month marks. */
final class MonthSymbols {

    // Word processors substitute look-alike arrows when people type them by hand.
    private static final Map<String, MonthMark> MARKS = Map.of("⇒", AS_PLANNED, "→", AS_PLANNED, "=>", AS_PLANNED,
            "↑", RISING, "↓", FALLING);

    private MonthSymbols() {
    }

    static Optional<MonthMark> markOf(String text) {
        return Optional.ofNullable(MARKS.get(text.strip()));
    }
}
