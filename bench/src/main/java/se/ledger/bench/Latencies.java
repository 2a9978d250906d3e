package se.ledger.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Timings of repeated calls: their 50th and 99th percentiles in milliseconds. */
record Latencies(double p50, double p99) {

    static Latencies of(int calls, Callable<?> call) throws Exception {
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(millis);
    }

    static Latencies of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latencies(percentile(sorted, 50), percentile(sorted, 99));
    }

    /** Nearest rank: p99 of 100 calls is the 99th slowest-but-one, not an interpolation. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
