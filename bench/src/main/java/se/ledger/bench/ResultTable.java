package se.ledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown table the README quotes: each ledger figure next to its ceiling of the same run. */
public class ResultTable {

    /** One line; a ceiling-only or ledger-only line leaves the other side null. */
    public record Row(String what, Stats ledger, Stats ceiling) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(String what, Stats ledger, Stats ceiling) {
        rows.add(new Row(what, ledger, ceiling));
    }

    public String markdown() {
        var out = new StringBuilder("| what | ledger ev/s | ceiling ev/s | ratio | min/median ledger; ceiling |\n"
                + "| --- | ---: | ---: | ---: | --- |\n");
        for (var row : rows) {
            out.append("| ").append(row.what())
                    .append(" | ").append(rate(row.ledger()))
                    .append(" | ").append(rate(row.ceiling()))
                    .append(" | ").append(ratio(row))
                    .append(" | ").append(spread(row.ledger())).append("; ").append(spread(row.ceiling()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Medians compared: the typical run of each side, not the luckiest. */
    static String ratio(Row row) {
        if (row.ledger() == null || row.ceiling() == null || row.ceiling().median() == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.3f", row.ledger().median() / row.ceiling().median());
    }

    static String rate(Stats stats) {
        return stats == null ? "—" : String.format(Locale.ROOT, "%.0f", stats.median());
    }

    static String spread(Stats stats) {
        return stats == null ? "—" : String.format(Locale.ROOT, "%.0f / %.0f", stats.min(), stats.median());
    }
}
