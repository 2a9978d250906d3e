package se.ledger.imports.table;

import java.time.Month;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A municipal plan table followed up in one month.
 *
 * @param followUpMonthName the header of the follow-up column as written ("AUGUSTI")
 * @param signatures        initials → person, in the order of the signature table
 */
public record PlanTable(String followUpMonthName, Month followUpMonth, List<Area> areas,
        Map<String, Person> signatures) {

    public PlanTable {
        areas = List.copyOf(areas);
        signatures = Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
    }

    public Area area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no development area " + number));
    }
}
