package se.ledger.imports.csv;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares what people type with the labels we know: case, surrounding spaces and diacritics do not matter, so
 * "MÅL", "mål" and "MAL" are the same typ, and "Ej paborjad" is "Ej påbörjad".
 */
final class Labels {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}_]+");

    private Labels() {
    }

    // the same few labels and cells come back on every row; normalizing them again dominated parsing
    private static final Cache<String, String> NORMALIZED = Caffeine.newBuilder().maximumSize(10_000).build();

    static String normalize(String text) {
        return NORMALIZED.get(text, Labels::normalizeNow);
    }

    private static String normalizeNow(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(plain).replaceAll(" ").strip();
    }

    /** Trims spaces, including the no-break spaces Excel users paste, but keeps inner newlines. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
