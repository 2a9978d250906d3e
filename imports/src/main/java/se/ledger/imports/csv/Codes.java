package se.ledger.imports.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.ledger.events.IndicatorKind;
import se.ledger.events.PlanLevel;
import se.ledger.platform.Vocabulary;

/**
 * The coded cells (nivå, måttslag, bedömning): the code itself, the ledger's Swedish label
 * (ledger-labels.properties) or one of the words municipalities use for it, with or without diacritics.
 */
final class Codes {

    private static final Map<Enum<?>, List<String>> WORDS = Map.of(
            PlanLevel.COUNCIL, List.of("fullmäktige", "kommun", "kommunfullmäktige", "KF"),
            PlanLevel.BOARD, List.of("styrelse", "nämnd", "kommunstyrelse", "KS"),
            PlanLevel.ADMINISTRATION, List.of("förvaltning"),
            PlanLevel.UNIT, List.of("enhet"),
            IndicatorKind.LEVEL, List.of("nivå", "nivåmått"),
            IndicatorKind.FLOW, List.of("flöde", "flödesmått"));

    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> fromCell(Class<E> type, String cell) {
        String key = Labels.normalize(cell);
        return Arrays.stream(type.getEnumConstants()).filter(code -> names(code).stream()
                .anyMatch(name -> Labels.normalize(name).equals(key))).findFirst();
    }

    /** "fullmäktige, kommun, …" for a problem: what the column takes. */
    static <E extends Enum<E>> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(code -> names(code).get(0))
                .collect(Collectors.joining(", "));
    }

    /** Reads the column, reporting a cell that names none of the codes; null when the cell is empty. */
    static <E extends Enum<E>> E read(RowCells row, SheetColumn column, Class<E> type) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        Optional<E> code = fromCell(type, text);
        if (code.isEmpty()) {
            row.problem(column, "okänt värde '" + text + "'; tillåtna: " + accepted(type));
        }
        return code.orElse(null);
    }

    private static List<String> names(Enum<?> code) {
        var names = new ArrayList<String>(WORDS.getOrDefault(code, List.of()));
        names.add(Vocabulary.label(code));
        names.add(code.name());
        return names;
    }
}
