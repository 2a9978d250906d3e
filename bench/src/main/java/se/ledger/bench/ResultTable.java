package se.ledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown table the README quotes: each ledger figure next to its ceiling of the same run,
 * the ratio of their medians, the target and whether it holds.
 */
public class ResultTable {

    /** One line; a ceiling-only or ledger-only line leaves the other side null; a note replaces missing figures. */
    public record Row(String what, String unit, Stats ledger, Stats ceiling, Target target, String note) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(String what, Stats ledger, Stats ceiling) {
        add(what, "ev/s", ledger, ceiling, null);
    }

    void add(String what, String unit, Stats ledger, Stats ceiling, Target target) {
        rows.add(new Row(what, unit, ledger, ceiling, target, ""));
    }

    /** A line for what was not measured in this run, and why. */
    void notMeasured(String what, String why) {
        rows.add(new Row(what, "", null, null, null, "not measured: " + why));
    }

    List<Row> rows() {
        return rows;
    }

    public String markdown() {
        var out = new StringBuilder("| what | unit | ledger median (min) | ceiling median (min) | ratio | target | holds |\n"
                + "| --- | --- | ---: | ---: | ---: | --- | --- |\n");
        for (var row : rows) {
            if (!row.note().isEmpty()) {
                out.append("| ").append(row.what()).append(" | | ").append(row.note()).append(" | | | | |\n");
                continue;
            }
            Double ratio = ratio(row);
            out.append("| ").append(row.what())
                    .append(" | ").append(row.unit())
                    .append(" | ").append(figure(row.ledger()))
                    .append(" | ").append(figure(row.ceiling()))
                    .append(" | ").append(ratio == null ? "—" : String.format(Locale.ROOT, "%.3f", ratio))
                    .append(" | ").append(row.target() == null ? "—" : row.target().text(row.unit()))
                    .append(" | ").append(row.target() == null || row.ledger() == null ? "—"
                            : row.target().verdict(ratio, row.ledger().median()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Medians compared: the typical run of each side, not the luckiest. */
    static Double ratio(Row row) {
        if (row.ledger() == null || row.ceiling() == null || row.ceiling().median() == 0) {
            return null;
        }
        return row.ledger().median() / row.ceiling().median();
    }

    static String figure(Stats stats) {
        if (stats == null) {
            return "—";
        }
        String format = stats.median() >= 100 ? "%.0f (%.0f)" : "%.1f (%.1f)";
        return String.format(Locale.ROOT, format, stats.median(), stats.min());
    }
}
