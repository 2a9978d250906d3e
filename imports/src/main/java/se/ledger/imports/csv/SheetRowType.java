package se.ledger.imports.csv;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of row, named in the "typ" column. */
enum SheetRowType {
    PLAN("PLAN"),
    GOAL("MÅL"),
    INDICATOR("NYCKELTAL"),
    ACTIVITY("AKTIVITET"),
    MEASUREMENT("MÄTNING");

    private final String label;

    SheetRowType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<SheetRowType> fromCell(String cell) {
        String key = Labels.normalize(cell);
        return Arrays.stream(values()).filter(t -> Labels.normalize(t.label).equals(key)).findFirst();
    }
}
