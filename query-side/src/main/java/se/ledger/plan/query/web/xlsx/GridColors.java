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
 * The month grid's colours, read from the page's own stylesheet (static/css/ledger.css, table.month-grid) so the
 * workbook cannot drift from the page when it is restyled: a reported month filled with the light colour of its
 * state (an activity's status, a goal's stated prognosis), a month without a report white with the state carried
 * on as a bar in its strong colour, a month still to come grey. The screen's rules: the first rule for a selector
 * wins, and the print rules come after them.
 */
final class GridColors {

    private static final String STYLESHEET = "/static/css/ledger.css";
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}\\b|var\\((--[a-z-]+)\\)");
    /** "selector|property" to its value. */
    private static final Map<String, String> DECLARED = read();

    static final String HEAD = colour("table.month-grid thead th", "background");
    static final String GOAL_ROW = colour("table.month-grid tr.goal-row td", "background");
    static final String FUTURE = colour("table.month-grid td.m.future", "background");

    private GridColors() {
    }

    /** @param state "s-" and a status code, or "p-" and a prognosis code, as the page's classes */
    static String fill(String state) {
        return state == null ? null : colour("table.month-grid tr td.m." + state, "background");
    }

    static String carried(String state) {
        return state == null ? null : colour(".carried." + state, "background");
    }

    static String mark(String mark) {
        return mark == null ? null : colour(".mark-" + mark, "color");
    }

    /** The last colour of the value (a striped background's stripe), a custom property resolved; null if none. */
    private static String colour(String selector, String property) {
        String value = DECLARED.get(selector + "|" + property);
        String colour = null;
        for (Matcher m = COLOUR.matcher(value == null ? "" : value); m.find(); ) {
            colour = m.group(1) == null ? m.group().toLowerCase() : colour(":root", m.group(1));
        }
        return colour;
    }

    private static Map<String, String> read() {
        String css;
        try (InputStream in = GridColors.class.getResourceAsStream(STYLESHEET)) {
            css = new String(Objects.requireNonNull(in, STYLESHEET).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> declared = new HashMap<>();
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
        return declared;
    }
}
