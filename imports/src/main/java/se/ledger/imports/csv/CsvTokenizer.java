package se.ledger.imports.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 with ';' as separator, as Swedish Excel writes it: a quoted cell may contain ';', line breaks and ""
 * for one quote. Quotes inside an unquoted cell are plain text, as Excel reads them.
 */
final class CsvTokenizer {

    static final char SEPARATOR = ';';

    private final String content;
    private int pos;
    private int line = 1;

    private CsvTokenizer(String content) {
        this.content = content;
    }

    static List<CsvRecord> records(String content) {
        return new CsvTokenizer(content).readRecords();
    }

    private List<CsvRecord> readRecords() {
        List<CsvRecord> records = new ArrayList<>();
        List<CsvField> fields = new ArrayList<>();
        int recordLine = line;
        while (true) {
            fields.add(readField());
            if (pos >= content.length()) {
                records.add(new CsvRecord(recordLine, fields));
                return records;
            }
            if (content.charAt(pos) == SEPARATOR) {
                pos++;
                continue;
            }
            skipLineBreak();
            records.add(new CsvRecord(recordLine, fields));
            fields = new ArrayList<>();
            recordLine = line;
        }
    }

    private CsvField readField() {
        int fieldLine = line;
        if (pos < content.length() && content.charAt(pos) == '"') {
            return readQuoted(fieldLine);
        }
        int start = pos;
        while (pos < content.length() && !isFieldEnd(content.charAt(pos))) {
            pos++;
        }
        return new CsvField(content.substring(start, pos), fieldLine, null);
    }

    private CsvField readQuoted(int fieldLine) {
        StringBuilder text = new StringBuilder();
        pos++;
        while (pos < content.length()) {
            char c = content.charAt(pos);
            if (c == '"' && pos + 1 < content.length() && content.charAt(pos + 1) == '"') {
                text.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                return afterClosingQuote(text, fieldLine);
            } else if (c == '\r' || c == '\n') {
                skipLineBreak();
                text.append('\n');
            } else {
                text.append(c);
                pos++;
            }
        }
        return new CsvField(text.toString(), fieldLine,
                "citattecknet som inleder cellen avslutas aldrig: kontrollera om ett \" saknas");
    }

    // Keeps the stray text so the cell is still readable, but reports it: the quoting is likely wrong.
    private CsvField afterClosingQuote(StringBuilder text, int fieldLine) {
        int start = pos;
        while (pos < content.length() && !isFieldEnd(content.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            return new CsvField(text.toString(), fieldLine, null);
        }
        String stray = content.substring(start, pos);
        return new CsvField(text + stray, fieldLine, "text efter det avslutande citattecknet: '" + stray
                + "' (ett citattecken inuti en cell inom citattecken skrivs \"\")");
    }

    private void skipLineBreak() {
        if (content.charAt(pos) == '\r' && pos + 1 < content.length() && content.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private static boolean isFieldEnd(char c) {
        return c == SEPARATOR || c == '\n' || c == '\r';
    }
}
