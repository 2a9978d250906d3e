package se.ledger.plan.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as Swedish Excel reads it: ';' between cells, quotes where needed, and a byte order mark so
 * Excel on Windows reads UTF-8 (å, ä, ö) instead of its ANSI code page.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR, the
 * OWASP CSV-injection rule) get a leading ' and quotes, so a title like {@code =cmd|' /C calc'!A0}
 * shows as text. Spaces before the formula do not count (some spreadsheets trim them and run it), and
 * the fullwidth ＝ ＋ － ＠ count too (some spreadsheets read them as their ASCII twins). Numbers the ledger itself holds (Java numbers, JSON numbers) are not text a user
 * typed and stay numbers, negative ones included; the same characters typed as text are neutralised.
 */
final class Csv {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder text = new StringBuilder();

    Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    Csv row(List<?> cells) {
        text.append(cells.stream().map(Csv::cell).collect(Collectors.joining(";"))).append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof JsonNode json) {
            return json.isNull() || json.isMissingNode() ? ""
                    : json.isNumber() ? cell(json.numberValue())
                    : text(json.isValueNode() ? json.asText() : json.toString());
        }
        return text(value.toString());
    }

    private static String text(String s) {
        if (runnable(s)) {
            return quoted("'" + s);
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return quoted(s);
        }
        return s;
    }

    private static boolean runnable(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == '\t' || s.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        return i < s.length() && FORMULA_STARTS.indexOf(s.charAt(i)) >= 0;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return BYTE_ORDER_MARK + text;
    }
}
