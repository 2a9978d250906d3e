package se.ledger.bench;

import java.util.Arrays;
import java.util.List;

/** Repeated measurements of one rate (events per second): the best and the typical run. */
public record Stats(double min, double median, double max) {

    /** Each figure divided by {@code n}: e.g. a list's latency per listed item. */
    public Stats per(double n) {
        return new Stats(min / n, median / n, max / n);
    }

    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1]);
    }
}
