package se.ledger.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Ids derived from names, so the same file always gives the same ids and they read well in a URL. */
final class Slugs {

    // Leaves room for "-omrade-13-aktivitet-10" inside the API's 100-character ids.
    private static final int MAX = 60;

    private Slugs() {
    }

    /** "Vaggeryds kommun" → "vaggeryds-kommun"; å, ä, ö lose their marks, anything else becomes '-'. */
    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.length() <= MAX ? plain : plain.substring(0, MAX).replaceAll("-+$", "");
    }
}
