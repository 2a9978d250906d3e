package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.ledger.imports.text.CsvRecords;
import se.ledger.imports.text.LineStarts;

/**
 * Splits tab-separated text into physical rows with Commons CSV. A cell that starts with a double quote and
 * ends with one before a tab or line end is a quoted cell (as spreadsheets write them): it may contain tabs and
 * newlines, and "" stands for one quote. A record whose quotes do not form such cells is read again with quotes
 * as plain text, because word-processor exports quote freely inside cells.
 */
final class TsvRows {

    private static final CSVFormat QUOTED = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(false).setTrim(false).get();
    private static final CSVFormat LENIENT = QUOTED.builder().setTrailingData(true).setLenientEof(true).get();
    private static final CSVFormat PLAIN = QUOTED.builder().setQuote(null).get();

    private TsvRows() {
    }

    static List<TsvRow> of(String text) {
        var lines = new LineStarts(text);
        List<CSVRecord> records = CsvRecords.of(text, LENIENT);
        List<TsvRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            int start = (int) records.get(i).getCharacterPosition();
            String raw = text.substring(start, CsvRecords.endOf(records, i, text));
            if (CsvRecords.wellFormed(raw, QUOTED)) {
                rows.add(row(records.get(i), lines.lineAt(start)));
            } else {
                for (CSVRecord plain : CsvRecords.of(raw, PLAIN)) {
                    rows.add(row(plain, lines.lineAt(start + (int) plain.getCharacterPosition())));
                }
            }
        }
        return rows;
    }

    private static TsvRow row(CSVRecord record, int line) {
        List<TsvCell> cells = new ArrayList<>(record.size());
        int cellLine = line;
        for (String text : record) {
            cells.add(new TsvCell(text, cellLine, cells.size() + 1));
            cellLine += new LineStarts(text).lineAt(text.length()) - 1;
        }
        return new TsvRow(line, cells);
    }
}
