package se.ledger.imports.table;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledger.platform.input.InputRules;

/** Decodes the character references a word-processor export may leave in cells. */
final class HtmlEntities {

    private static final Pattern REFERENCE =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("aring", "å"), Map.entry("Aring", "Å"), Map.entry("auml", "ä"),
            Map.entry("Auml", "Ä"), Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"), Map.entry("eacute", "é"),
            Map.entry("Eacute", "É"), Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"), Map.entry("rArr", "⇒"),
            Map.entry("rarr", "→"), Map.entry("uarr", "↑"), Map.entry("darr", "↓"), Map.entry("sect", "§"),
            Map.entry("deg", "°"), Map.entry("euro", "€"), Map.entry("times", "×"), Map.entry("shy", "\u00AD"));

    private HtmlEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    // An unknown reference stays as written: better visible than silently dropped.
    private static String resolve(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(hex ? name.substring(2) : name.substring(1), hex ? 16 : 10);
            // a reference to a control character or a surrogate is kept as written, like an unknown one
            return Character.isValidCodePoint(codePoint) && InputRules.textProblem(Character.toString(codePoint)) == null
                    ? Character.toString(codePoint) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
