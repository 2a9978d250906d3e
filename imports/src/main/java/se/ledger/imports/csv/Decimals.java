package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as Swedish Excel writes them ("12,5", "1 234,5") and as others do ("12.5"). */
final class Decimals {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    // Excel's Swedish number format groups thousands with a (no-break) space.
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:[.,]\\d+)?");

    private Decimals() {
    }

    static Optional<BigDecimal> parse(String cell) {
        String text = Labels.trim(cell).replace('\u2212', '-');
        if (GROUPED.matcher(text).matches()) {
            text = text.replaceAll("[ \\u00A0\\u202F]", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }
}
