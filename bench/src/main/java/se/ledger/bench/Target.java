package se.ledger.bench;

import java.util.Locale;

/** The target for one row, and whether a run's medians meet it (and by how much they miss). */
record Target(Kind kind, double bound) {

    enum Kind { RATIO_AT_LEAST, RATIO_AT_MOST, VALUE_AT_MOST }

    static Target ratioAtLeast(double bound) {
        return new Target(Kind.RATIO_AT_LEAST, bound);
    }

    static Target ratioAtMost(double bound) {
        return new Target(Kind.RATIO_AT_MOST, bound);
    }

    static Target atMost(double bound) {
        return new Target(Kind.VALUE_AT_MOST, bound);
    }

    String text(String unit) {
        return switch (kind) {
            case RATIO_AT_LEAST -> "ratio ≥ " + number(bound);
            case RATIO_AT_MOST -> "ratio ≤ " + number(bound);
            case VALUE_AT_MOST -> "≤ " + number(bound) + " " + unit;
        };
    }

    /** "yes", or "no" with the factor by which the figure misses. */
    String verdict(Double ratio, double value) {
        double measured = kind == Kind.VALUE_AT_MOST ? value : ratio == null ? Double.NaN : ratio;
        if (Double.isNaN(measured)) {
            return "—";
        }
        boolean holds = kind == Kind.RATIO_AT_LEAST ? measured >= bound : measured <= bound;
        if (holds) {
            return "yes";
        }
        double factor = kind == Kind.RATIO_AT_LEAST ? bound / measured : measured / bound;
        return String.format(Locale.ROOT, "**no**, %.1f× %s", factor, kind == Kind.RATIO_AT_LEAST ? "short" : "over");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, value < 1 ? "%.3f" : "%.1f", value);
    }
}
