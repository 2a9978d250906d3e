package se.ledger.imports.csv;

import java.util.List;

/**
 * A row of the spreadsheet format read by something other than the CSV reader (a workbook's sheet): its number
 * as the user sees it, and its cells as text, left to right from the first column.
 */
public record SheetLine(int number, List<String> cells) {

    public SheetLine {
        cells = List.copyOf(cells);
    }
}
