package se.ledger.bench;

import java.util.ArrayList;

/**
 * A writer posts a status and at once reads the activity's trail with minPosition from the
 * answer: the time from the POST's answer until that GET returns is the wait for the projection
 * (plus one small read). Writers post to generated activities, none shared.
 */
final class ReadYourWrite {

    private final Api api;
    private final StatusToggle toggle;
    private final int plans;
    private int offset;

    ReadYourWrite(Api api, StatusToggle toggle, int plans, int offset) {
        this.api = api;
        this.toggle = toggle;
        this.plans = plans;
        this.offset = offset;
    }

    /** p50 and p99 with 1 and with 8 writers; the targets are for 8. */
    void addTo(ResultTable table, int writes, int repeat) throws Exception {
        measure(1, 10); // warm-up
        for (int writers : new int[] {1, 8}) {
            var p50 = new ArrayList<Double>();
            var p99 = new ArrayList<Double>();
            for (int r = 0; r < repeat; r++) {
                var l = measure(writers, Math.max(1, writes / writers));
                p50.add(l.p50());
                p99.add(l.p99());
            }
            String who = writers + (writers == 1 ? " writer" : " writers");
            table.add("read-your-write p50, " + who + " (POST answered → minPosition GET of the trail returns)", "ms",
                    Stats.of(p50), null, writers == 8 ? Target.atMost(30) : null);
            table.add("read-your-write p99, " + who, "ms", Stats.of(p99), null, writers == 8 ? Target.atMost(150) : null);
            System.out.printf("read-your-write, %-8s p50 %7.1f ms  p99 %7.1f ms%n", who, Stats.of(p50).median(),
                    Stats.of(p99).median());
        }

    }

    /** p50/p99 of the waits in ms, over {@code each} writes per writer. */
    Latencies measure(int writers, int each) throws Exception {
        var activities = OpenActivities.forWriters(writers, 3, plans, offset);
        offset += writers * 3;
        return WriteWaits.measure(api, toggle, activities, each, (activity, answer) -> api.get("chef",
                "/api/activities/" + activity + "/events?minPosition=" + answer.get("position").asLong()));
    }
}
