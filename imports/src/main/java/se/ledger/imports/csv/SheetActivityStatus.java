package se.ledger.imports.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Activity status; a cell may hold the code or any of the Swedish labels in use. */
public enum SheetActivityStatus {
    NOT_STARTED(false, "Ej påbörjad", "Ej inlett"),
    ON_TRACK(false, "Pågående enligt plan", "Pågår", "Påbörjat"),
    DEVIATING(true, "Pågående med avvikelse"),
    COMPLETED(false, "Avslutad enligt plan", "Klart"),
    COMPLETED_WITH_DEVIATION(true, "Avslutad med avvikelse"),
    CANCELLED(false, "Avbruten");

    private final boolean deviation;
    private final List<String> labels;

    SheetActivityStatus(boolean deviation, String... labels) {
        this.deviation = deviation;
        this.labels = List.of(labels);
    }

    /** The first label is the one to show. */
    public String label() {
        return labels.get(0);
    }

    public List<String> labels() {
        return labels;
    }

    /** A deviation must be explained (förklaring). */
    public boolean isDeviation() {
        return deviation;
    }

    public static Optional<SheetActivityStatus> fromCell(String cell) {
        String key = Labels.normalize(cell);
        return Arrays.stream(values())
                .filter(s -> Labels.normalize(s.name()).equals(key)
                        || s.labels.stream().anyMatch(label -> Labels.normalize(label).equals(key)))
                .findFirst();
    }
}
