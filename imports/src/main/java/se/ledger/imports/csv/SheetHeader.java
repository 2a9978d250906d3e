package se.ledger.imports.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The header row: which column holds what. Columns may come in any order and unused ones may be left out. */
record SheetHeader(int line, Map<SheetColumn, Integer> indexes, List<String> written) {

    static Optional<SheetHeader> read(CsvRecord record, List<ParseProblem> problems) {
        List<CsvField> fields = record.fields();
        if (fields.size() == 1 && fields.get(0).text().contains(",")) {
            problems.add(new ParseProblem(record.line(), null, "rubrikraden är en enda kolumn med kommatecken: filen "
                    + "verkar vara kommaavgränsad, men kolumnerna ska skiljas åt med semikolon (;); spara den från "
                    + "svenska Excel som 'CSV UTF-8'"));
            return Optional.empty();
        }
        Map<SheetColumn, Integer> indexes = new EnumMap<>(SheetColumn.class);
        for (int i = 0; i < fields.size(); i++) {
            CsvField field = fields.get(i);
            String text = Labels.trim(field.text());
            if (text.isEmpty()) {
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.fromHeader(text);
            if (column.isEmpty()) {
                problems.add(new ParseProblem(field.line(), text, "okänd kolumn '" + text + "'"));
            } else if (indexes.putIfAbsent(column.get(), i) != null) {
                problems.add(new ParseProblem(field.line(), column.get().header(),
                        "kolumnen '" + column.get().header() + "' finns två gånger"));
            }
        }
        if (!indexes.containsKey(SheetColumn.TYPE)) {
            problems.add(new ParseProblem(record.line(), SheetColumn.TYPE.header(),
                    "rubrikraden saknar kolumnen 'typ': den första raden som inte är tom eller en kommentar ska vara "
                            + "rubrikraden"));
            return Optional.empty();
        }
        return Optional.of(new SheetHeader(record.line(), indexes,
                fields.stream().map(f -> Labels.trim(f.text())).toList()));
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
