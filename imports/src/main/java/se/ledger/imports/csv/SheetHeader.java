package se.ledger.imports.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.imports.text.ImportProblem;

/** The header row: which column holds what. Columns may come in any order and unused ones may be left out. */
record SheetHeader(int line, Map<SheetColumn, Integer> indexes, List<String> written) {

    static Optional<SheetHeader> read(SheetRow row, List<ImportProblem> problems) {
        if (row.size() == 1 && row.cell(0).contains(",")) {
            problems.add(new ImportProblem(row.line(), null, "rubrikraden är en enda kolumn med kommatecken: filen "
                    + "verkar vara kommaavgränsad, men kolumnerna ska skiljas åt med semikolon (;); spara den från "
                    + "svenska Excel som 'CSV UTF-8'"));
            return Optional.empty();
        }
        Map<SheetColumn, Integer> indexes = new EnumMap<>(SheetColumn.class);
        for (int i = 0; i < row.size(); i++) {
            String text = Labels.trim(row.cell(i));
            if (text.isEmpty()) {
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.fromHeader(text);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(row.lineOf(i), text, "okänd kolumn '" + text + "'"));
            } else if (indexes.putIfAbsent(column.get(), i) != null) {
                problems.add(new ImportProblem(row.lineOf(i), column.get().header(),
                        "kolumnen '" + column.get().header() + "' finns två gånger"));
            }
        }
        if (!indexes.containsKey(SheetColumn.TYPE)) {
            problems.add(new ImportProblem(row.line(), SheetColumn.TYPE.header(),
                    "rubrikraden saknar kolumnen 'typ': den första raden som inte är tom eller en kommentar ska vara "
                            + "rubrikraden"));
            return Optional.empty();
        }
        return Optional.of(new SheetHeader(row.line(), indexes, row.cells().stream().map(Labels::trim).toList()));
    }

    Optional<Integer> indexOf(SheetColumn column) {
        return Optional.ofNullable(indexes.get(column));
    }

    /** The column name to report for a cell position: the Swedish header, or its position if it has none. */
    String nameAt(int index) {
        return indexes.entrySet().stream().filter(e -> e.getValue() == index).map(e -> e.getKey().header())
                .findFirst().orElse(index < written.size() && !written.get(index).isEmpty() ? written.get(index)
                        : "cell " + (index + 1));
    }
}
