package se.ledger.plan.query.web.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours the page's stylesheet (static/css/ledger.css) declares, as a screen applies them: the
 * first rule for a selector wins (the print rules come after the screen's), custom properties of
 * :root resolved. Enough of CSS for the test to hold the workbook's colours against the page's.
 */
final class PageStylesheet {

    private static final String STYLESHEET = "/static/css/ledger.css";
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}\\b|var\\((--[a-z-]+)\\)");

    /** "selector|property" to its value. */
    private final Map<String, String> declared = new HashMap<>();

    PageStylesheet() {
        String css;
        try (InputStream in = PageStylesheet.class.getResourceAsStream(STYLESHEET)) {
            css = new String(Objects.requireNonNull(in, STYLESHEET).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll("")); rule.find(); ) {
            for (String selector : rule.group(1).split(",")) {
                for (String declaration : rule.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declared.putIfAbsent(selector.trim().replaceAll("\\s+", " ") + "|"
                                + declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
                    }
                }
            }
        }
    }

    /** The last colour of the value (a striped background's stripe), a custom property resolved; null if none. */
    String colour(String selector, String property) {
        String value = declared.get(selector + "|" + property);
        String colour = null;
        for (Matcher m = COLOUR.matcher(value == null ? "" : value); m.find(); ) {
            colour = m.group(1) == null ? m.group().toLowerCase() : colour(":root", m.group(1));
        }
        return colour;
    }
}
