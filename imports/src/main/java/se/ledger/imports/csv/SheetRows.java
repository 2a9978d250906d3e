package se.ledger.imports.csv;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.ledger.imports.text.CsvRecords;
import se.ledger.imports.text.LineStarts;

/**
 * RFC 4180 with ';' as separator, as Swedish Excel writes it, read by Apache Commons CSV. The rows are read
 * leniently (text after a closing quote kept, an unclosed quote running to the end), so every other problem
 * of the file can still be listed; each record is also read strictly, and broken quoting is reported at
 * the cell where it starts.
 */
final class SheetRows {

    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static final CSVFormat LENIENT = STRICT.builder().setTrailingData(true).setLenientEof(true).get();

    private SheetRows() {
    }

    static List<SheetRow> read(String text, List<RowProblem> syntax) {
        var lines = new LineStarts(text);
        List<CSVRecord> records = CsvRecords.of(text, LENIENT);
        List<SheetRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            int start = (int) records.get(i).getCharacterPosition();
            SheetRow row = toRow(records.get(i), lines, start);
            rows.add(row);
            checkQuoting(text.substring(start, CsvRecords.endOf(records, i, text)), row, syntax::add);
        }
        return rows;
    }

    private static SheetRow toRow(CSVRecord record, LineStarts lines, int start) {
        int line = lines.lineAt(start);
        var cells = new ArrayList<String>(record.size());
        var cellLines = new ArrayList<Integer>(record.size());
        for (String value : record) {
            cellLines.add(line);
            String cell = value.replace("\r\n", "\n").replace('\r', '\n');
            cells.add(cell);
            for (int at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) {
                line++;
            }
        }
        return new SheetRow(lines.lineAt(start), cells, cellLines);
    }

    private static void checkQuoting(String raw, SheetRow row, Consumer<RowProblem> problems) {
        if (raw.indexOf('"') < 0) {
            return; // without a quote the two readings are the same, and the lenient one has read it
        }
        try {
            CsvRecords.of(raw, STRICT);
        } catch (UncheckedIOException e) {
            String message = e.getCause().getMessage();
            problems.accept(new RowProblem(row, Math.max(0, cellAt(raw, message)), reason(raw, message)));
        }
    }

    /** Commons CSV names the position after the character that follows a closing quote; none at EOF. */
    private static int cellAt(String raw, String message) {
        int position = positionIn(message);
        String prefix = position < 0 ? raw : raw.substring(0, Math.min(raw.length(), position));
        List<CSVRecord> records = CsvRecords.of(prefix, LENIENT);
        return records.isEmpty() ? 0 : records.get(0).size() - 1;
    }

    private static String reason(String raw, String message) {
        int position = positionIn(message);
        if (position < 0) {
            return "citattecknet som inleder cellen avslutas aldrig: kontrollera om ett \" saknas";
        }
        int end = position - 1;
        while (end < raw.length() && ";\r\n".indexOf(raw.charAt(end)) < 0) {
            end++;
        }
        return "text efter det avslutande citattecknet: '" + raw.substring(position - 1, end)
                + "' (ett citattecken inuti en cell inom citattecken skrivs \"\")";
    }

    private static int positionIn(String message) {
        int at = message == null ? -1 : message.lastIndexOf("position: ");
        return at < 0 ? -1 : Integer.parseInt(message.substring(at + 10).replaceAll("[^0-9]", ""));
    }

    /** A cell of a row whose quoting is broken. */
    record RowProblem(SheetRow row, int cell, String reason) {
    }
}
