package se.ledger.imports.table;

import java.util.regex.Pattern;

/** Initials as the signature table writes them: 2–4 letters, capitals, each optionally followed by one small. */
final class Initials {

    private static final Pattern SHAPE = Pattern.compile("(?:\\p{Lu}\\p{Ll}?){2,4}");

    private Initials() {
    }

    static boolean looksLike(String token) {
        return token.length() >= 2 && token.length() <= 4 && SHAPE.matcher(token).matches();
    }
}
