package se.ledger.plan.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Top-level goals grouped by their målområde (target area), as a plan document lists them: the areas
 * in the order their first goal comes, the goals of an area in their own order, goals without an
 * area where their first one comes.
 */
final class TargetAreas {

    private TargetAreas() {
    }

    static List<String> grouped(List<String> goalIds, Function<String, String> areaOf) {
        var byArea = new LinkedHashMap<String, List<String>>();
        for (String id : goalIds) {
            String area = areaOf.apply(id);
            byArea.computeIfAbsent(area == null ? "" : area, k -> new ArrayList<>()).add(id);
        }
        return byArea.values().stream().flatMap(List::stream).toList();
    }
}
