package se.ledger.imports.table;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads Swedish month headers, abbreviated ("Jan", "Maj") or in full ("AUGUSTI"). */
final class SwedishMonths {

    private static final List<String> NAMES = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private SwedishMonths() {
    }

    /** The month as a Swedish text says it: "februari". */
    static String name(Month month) {
        return NAMES.get(month.getValue() - 1);
    }

    static Optional<Month> parse(String header) {
        String h = HtmlText.text(header).toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            if (h.equals(name) || h.equals(name.substring(0, 3)) || (i == 8 && h.equals("sept"))) {
                return Optional.of(Month.of(i + 1));
            }
        }
        return Optional.empty();
    }
}
