package se.ledger.imports.csv;

import java.util.Arrays;
import java.util.Optional;

/** A target that asks for a direction rather than a number. */
public enum SheetTargetDirection {
    INCREASE("ökning"),
    DECREASE("minskning");

    private final String label;

    SheetTargetDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SheetTargetDirection> fromCell(String cell) {
        String key = Labels.normalize(cell);
        return Arrays.stream(values())
                .filter(d -> Labels.normalize(d.label).equals(key) || Labels.normalize(d.name()).equals(key))
                .findFirst();
    }
}
