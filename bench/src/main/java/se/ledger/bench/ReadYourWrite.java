package se.ledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

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

    /** p50/p99 of the waits in ms, over {@code each} writes per writer. */
    Latencies measure(int writers, int each) throws Exception {
        var activities = OpenActivities.forWriters(writers, 3, plans, offset);
        offset += writers * 3;
        double[] waits = new double[writers * each];
        var pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                var mine = activities.get(w);
                int first = w * each;
                tasks.add(() -> {
                    for (int i = 0; i < each; i++) {
                        String activity = mine.get(i % mine.size());
                        var answer = api.post("chef", "/api/activities/" + activity + "/status", toggle.json(activity));
                        long written = System.nanoTime();
                        api.get("chef", "/api/activities/" + activity + "/events?minPosition="
                                + answer.get("position").asLong());
                        waits[first + i] = (System.nanoTime() - written) / 1e6;
                    }
                    return null;
                });
            }
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Latencies.of(waits);
    }
}
