package se.ledger.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The next status for an activity whose status is ON_TRACK or DEVIATING: the other one, so
 * every write changes the status (a repeated status could be refused or skipped).
 */
final class StatusToggle {

    private final Map<String, Boolean> deviating = new ConcurrentHashMap<>();

    /** True when the next write sets DEVIATING (with an explanation), false when ON_TRACK. */
    boolean nextDeviating(String activity) {
        return deviating.merge(activity, true, (was, ignored) -> !was);
    }

    String json(String activity) {
        return nextDeviating(activity)
                ? "{\"status\":\"DEVIATING\",\"explanation\":\"Försenad leverans\"}"
                : "{\"status\":\"ON_TRACK\"}";
    }
}
