package se.ledger.plan.query.web;

import java.util.List;
import java.util.stream.Collectors;

/** CSV as Swedish Excel reads it: ';' between cells, quotes where needed. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    Csv row(List<?> cells) {
        text.append(cells.stream().map(Csv::cell).collect(Collectors.joining(";"))).append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
