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
 * shows as text. Numbers the ledger itself holds (Java numbers, JSON numbers) are not text a user
 * typed and stay numbers, negative ones included; the same characters typed as text are neutralised.
 */
final class Csv {

    static final String BYTE_ORDER_MARK = "\uFEFF";

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
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return quoted("'" + s);
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return quoted(s);
        }
        return s;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return BYTE_ORDER_MARK + text;
    }
}
