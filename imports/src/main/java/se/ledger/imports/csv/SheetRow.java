package se.ledger.imports.csv;

import java.util.List;

/**
 * One record of the spreadsheet as Commons CSV read it, with the line each cell starts on: a quoted cell may
 * span lines, and a problem names the line where its cell starts.
 */
record SheetRow(int line, List<String> cells, List<Integer> cellLines) {

    SheetRow {
        cells = List.copyOf(cells);
        cellLines = List.copyOf(cellLines);
    }

    int size() {
        return cells.size();
    }

    String cell(int index) {
        return cells.get(index);
    }

    int lineOf(int index) {
        return cellLines.get(index);
    }

    boolean isBlank(int index) {
        return Labels.trim(cells.get(index)).isEmpty();
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> Labels.trim(c).isEmpty());
    }

    /** A row whose first cell starts with '#' is a comment, so templates can carry examples. */
    boolean isComment() {
        return !cells.isEmpty() && Labels.trim(cells.get(0)).startsWith("#");
    }

    /** Excel's hint line "sep=;" which it writes and reads at the top of a file. */
    boolean isSeparatorHint() {
        return cells.size() == 2 && Labels.trim(cells.get(0)).equalsIgnoreCase("sep=") && isBlank(1);
    }
}
