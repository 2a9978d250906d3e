package se.ledger.imports.table;

import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.ledger.events.MonthMark;

/**
 * One development area (utvecklingsområde) of the plan table.
 *
 * @param marks        only the months with a mark; a month that is absent had no report
 * @param followUpText the status text of the follow-up month, paragraphs separated by a blank line; "" if none
 * @param sourceLine   1-based line of the file where the area's row starts
 */
public record Area(int number, String title, List<String> desiredEffects, List<String> activities,
        Responsibility responsibility, Map<Month, MonthMark> marks, String followUpText, int sourceLine) {

    public Area {
        desiredEffects = List.copyOf(desiredEffects);
        activities = List.copyOf(activities);
        // EnumMap keeps January..December order for whoever iterates; its copy constructor rejects an empty Map.
        EnumMap<Month, MonthMark> ordered = new EnumMap<>(Month.class);
        ordered.putAll(marks);
        marks = Collections.unmodifiableMap(ordered);
    }
}
