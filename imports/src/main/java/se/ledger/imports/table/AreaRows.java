package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.ledger.imports.text.ImportProblem;

/**
 * Rebuilds the logical area rows from physical rows. An area row starts with its number; an exporter that breaks
 * a cell at a newline leaves a physical row that starts with the rest of the cell instead, which continues the
 * row above. Inside an open &lt;p&gt; even a blank or numbered line continues it. Blank lines separate areas.
 */
final class AreaRows {

    private static final Pattern AREA_NUMBER = Pattern.compile("\\d{1,3}\\.?");

    private AreaRows() {
    }

    static boolean startsArea(TsvRow row) {
        return AREA_NUMBER.matcher(HtmlText.text(row.first().text())).matches();
    }

    static List<TsvRow> group(List<TsvRow> rows, List<ImportProblem> problems) {
        List<TsvRow> areas = new ArrayList<>();
        TsvRow current = null;
        boolean blankSinceCurrent = false;
        for (TsvRow row : rows) {
            if (current != null && HtmlText.endsInsideBlock(current.last().text())) {
                current = current.continuedBy(row);
                continue;
            }
            if (row.isBlank()) {
                blankSinceCurrent = true;
                continue;
            }
            if (startsArea(row)) {
                if (current != null) {
                    areas.add(current);
                }
                current = row;
                blankSinceCurrent = false;
            } else if (current != null && !blankSinceCurrent) {
                current = current.continuedBy(row);
            } else {
                problems.add(new ImportProblem(row.line(), 1, "kolumn 1 ska ha utvecklingsområdets nummer, men här "
                        + "står '" + abbreviate(HtmlText.text(row.first().text())) + "'"));
            }
        }
        if (current != null) {
            areas.add(current);
        }
        return areas;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
