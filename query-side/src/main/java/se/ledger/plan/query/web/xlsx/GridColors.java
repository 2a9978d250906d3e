package se.ledger.plan.query.web.xlsx;

import java.util.Map;

/**
 * The month grid's colours as the page has them (static/css/ledger.css, table.month-grid): a reported month
 * filled with the light colour of its state (an activity's status, a goal's stated prognosis), a month without
 * a report white with the state carried on as a bar in its strong colour, a month still to come grey.
 * GridColorsTest holds every colour here against the stylesheet, so a restyled page fails the build until the
 * workbook follows it.
 */
final class GridColors {

    static final String HEAD = "#17324f";
    static final String GOAL_ROW = "#eef2f8";
    static final String FUTURE = "#f3f4f6";

    private static final Map<String, String> MARK = Map.of("RISING", "#1b5e20", "FALLING", "#b71c1c");

    private static final Map<String, String> FILL = Map.ofEntries(
            Map.entry("s-NOT_STARTED", "#eceff3"), Map.entry("s-ON_TRACK", "#cfeacf"),
            Map.entry("s-DEVIATING", "#ffe89a"), Map.entry("s-COMPLETED", "#b8dbb9"),
            Map.entry("s-COMPLETED_WITH_DEVIATION", "#ffd29e"), Map.entry("s-CANCELLED", "#dadde1"),
            Map.entry("p-MET", "#cfeacf"), Map.entry("p-PARTLY_MET", "#ffe89a"),
            Map.entry("p-NOT_MET", "#f7c6c1"), Map.entry("p-NOT_ASSESSABLE", "#e4e6e9"));

    /** The lights' strong colours (the page's custom properties, 3:1 against white). */
    private static final Map<String, String> CARRIED = Map.ofEntries(
            Map.entry("s-NOT_STARTED", "#c9ced6"), Map.entry("s-ON_TRACK", "#43a047"),
            Map.entry("s-DEVIATING", "#b07d00"), Map.entry("s-COMPLETED", "#1b5e20"),
            Map.entry("s-COMPLETED_WITH_DEVIATION", "#e07b00"), Map.entry("s-CANCELLED", "#6d747d"),
            Map.entry("p-MET", "#2e7d32"), Map.entry("p-PARTLY_MET", "#b07d00"),
            Map.entry("p-NOT_MET", "#c62828"), Map.entry("p-NOT_ASSESSABLE", "#737b86"));

    private GridColors() {
    }

    /** @param state "s-" and a status code, or "p-" and a prognosis code, as the page's classes */
    static String fill(String state) {
        return state == null ? null : FILL.get(state);
    }

    static String carried(String state) {
        return state == null ? null : CARRIED.get(state);
    }

    static String mark(String mark) {
        return mark == null ? null : MARK.get(mark);
    }
}
