package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tab-separated text into physical rows. A cell that starts with a double quote and ends with one before a
 * tab or line end is a quoted cell (as spreadsheets write them): it may contain tabs and newlines, and "" stands
 * for one quote. Any other quote is plain text, because word-processor exports quote freely inside cells.
 */
final class TsvTokenizer {

    private final String content;
    private int pos;
    private int line = 1;

    private TsvTokenizer(String content) {
        this.content = content;
    }

    static List<TsvRow> rows(String content) {
        return new TsvTokenizer(content).readRows();
    }

    private List<TsvRow> readRows() {
        List<TsvRow> rows = new ArrayList<>();
        List<TsvCell> cells = new ArrayList<>();
        int rowLine = line;
        while (true) {
            int cellLine = line;
            cells.add(new TsvCell(readCell(), cellLine, cells.size() + 1));
            if (pos >= content.length()) {
                rows.add(new TsvRow(rowLine, cells));
                return rows;
            }
            if (content.charAt(pos) == '\t') {
                pos++;
                continue;
            }
            skipLineBreak();
            rows.add(new TsvRow(rowLine, cells));
            cells = new ArrayList<>();
            rowLine = line;
        }
    }

    private String readCell() {
        if (pos < content.length() && content.charAt(pos) == '"') {
            String quoted = readQuoted();
            if (quoted != null) {
                return quoted;
            }
        }
        int start = pos;
        while (pos < content.length() && !isCellEnd(content.charAt(pos))) {
            pos++;
        }
        return content.substring(start, pos);
    }

    /** Returns null, consuming nothing, when the opening quote turns out not to delimit the whole cell. */
    private String readQuoted() {
        StringBuilder text = new StringBuilder();
        int i = pos + 1;
        int newlines = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (c == '"') {
                if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    text.append('"');
                    i += 2;
                    continue;
                }
                if (i + 1 == content.length() || isCellEnd(content.charAt(i + 1))) {
                    pos = i + 1;
                    line += newlines;
                    return text.toString();
                }
                return null;
            }
            if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                newlines++;
            }
            text.append(c);
            i++;
        }
        return null;
    }

    private void skipLineBreak() {
        if (content.charAt(pos) == '\r' && pos + 1 < content.length() && content.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private static boolean isCellEnd(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
