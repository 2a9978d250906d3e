package se.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/**
 * Writers that each post statuses to activities of their own and, after each answer, wait for
 * something the write should cause: the time from the answer until the wait returns.
 */
final class WriteWaits {

    /** What a writer waits for after the answer to its write to {@code activity}. */
    interface Wait {
        void after(String activity, JsonNode answer) throws Exception;
    }

    private WriteWaits() {
    }

    static Latencies measure(Api api, StatusToggle toggle, List<List<String>> activities, int each, Wait wait)
            throws Exception {
        int writers = activities.size();
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
                        wait.after(activity, answer);
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
