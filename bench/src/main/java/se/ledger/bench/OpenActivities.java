package se.ledger.bench;

import java.util.ArrayList;
import java.util.List;
import se.ledger.bench.data.PlanGenerator;

/** Generated activities whose last status is ON_TRACK, spread over the generated plans, for writes. */
final class OpenActivities {

    private OpenActivities() {
    }

    /** {@code count} activities, the i-th of writer w from plan (w + i) mod plans, none shared between writers. */
    static List<List<String>> forWriters(int writers, int each, int plans, int offset) {
        List<List<String>> all = new ArrayList<>();
        int slot = offset;
        for (int w = 0; w < writers; w++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < each; i++, slot++) {
                mine.add(activity(slot, plans));
            }
            all.add(mine);
        }
        return all;
    }

    /**
     * The slot-th open activity: plans take turns, and within a plan the activities numbered 1, 2,
     * then 5k, 5k+1, 5k+2 (those PlanGenerator leaves ON_TRACK).
     */
    static String activity(int slot, int plans) {
        int plan = slot % plans;
        int round = slot / plans;
        int n = round < 2 ? round + 1 : 5 * ((round - 2) / 3 + 1) + (round - 2) % 3;
        if (n > PlanGenerator.ACTIVITIES) {
            throw new IllegalArgumentException("more writers × activities than open activities in " + plans + " plans");
        }
        return PlanGenerator.planId(plan) + "-a" + n;
    }

    static String planOf(String activity) {
        return activity.substring(0, activity.indexOf("-a"));
    }
}
