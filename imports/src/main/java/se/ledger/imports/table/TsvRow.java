package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;

/** A row of cells; after merging it is a logical row that may span several physical lines. */
record TsvRow(int line, List<TsvCell> cells) {

    TsvRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(TsvCell::isBlank);
    }

    TsvCell first() {
        return cells.get(0);
    }

    TsvCell last() {
        return cells.get(cells.size() - 1);
    }

    /**
     * Joins the next physical row as the continuation of this row's last cell: the exporter broke the cell at a
     * newline, so the first cell of next is the rest of our last cell and its other cells follow ours.
     */
    TsvRow continuedBy(TsvRow next) {
        List<TsvCell> merged = new ArrayList<>(cells.subList(0, cells.size() - 1));
        TsvCell last = last();
        merged.add(new TsvCell(last.text() + "\n" + next.first().text(), last.line(), last.column()));
        for (TsvCell cell : next.cells().subList(1, next.cells().size())) {
            merged.add(new TsvCell(cell.text(), cell.line(), merged.size() + 1));
        }
        return new TsvRow(line, merged);
    }
}
