package se.ledger.standalone;

import java.util.List;
import java.util.Random;

/**
 * Values no honest client sends, as raw JSON text (so that lone surrogates, 1e400 and deep nesting
 * reach the server exactly as written). Some are odd but valid and may be stored.
 */
final class HostileValues {

    private static final List<String> FIXED = List.of(
            "1", "-1", "0", "-0", "-0.0", "1e400", "-1e400", "1e-400", "1.5", "12345678901234567890",
            "123456789012345678901234567890.123456789", "1E+999999999", "0.0000001", "1000000000000",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"3.5\"", "\"12,5\"", "true", "false", "\"true\"", "null",
            "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"",
            "\"\\u0007\"", "\"x\\u001bx\"", "\"\\u007f\"", "\"\\u0085\"", "\"\\u009f\"", "\"\\ud800\"", "\"a\\udc00\"",
            "\"\\udbff\\udbff\"", "\"\\ud83d\\ude00\"", "\"\\u202e\\u0645\"", "\"\\ufeff\"", "\"\\uffff\"",
            "\"=cmd|' /C calc'!A0\"", "\"@SUM(A1)\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
            "\"../../etc/passwd\"", "\"\\\\u0000\"", "\"\\r\\n\\t\"", "\"2022-02-30\"", "\"+99999-01-01\"",
            "\"-0001-01-01\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"2022-1-1\"", "\"20220101\"",
            "\"2022-01-01T00:00:00Z\"", "17000", "[2022,1,1]", "[2022,3]", "\"2022-13\"", "\"2022-03\"", "202203",
            "\"ON_TRACK\"", "\"on_track\"", "\"1\"", "\"MET\"", "\"FALLING\"", "\"INCREASE\"",
            "\"" + "a".repeat(101) + "\"", "\"x/y\"", "\"å\"", "\"P1\"");

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    String next() {
        return switch (random.nextInt(10)) {
            case 0 -> deep(random.nextInt(5) == 0 ? 1500 + random.nextInt(2000) : 2 + random.nextInt(60));
            case 1 -> "\"" + huge() + "\"";
            case 2 -> controlIn("text med styrtecken");
            case 3 -> Long.toString(random.nextLong());
            case 4 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            default -> FIXED.get(random.nextInt(FIXED.size()));
        };
    }

    /** Nested arrays or objects: Jackson's own nesting limit (1000) must answer 400, not a stack overflow. */
    String deep(int depth) {
        boolean arrays = random.nextBoolean();
        return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
    }

    /** Up to 100 kB: over every field's size limit, under the server's body limits. */
    String huge() {
        int length = 1_000 + random.nextInt(49_000);
        return random.nextBoolean() ? "x".repeat(length) : "å".repeat(length);
    }

    private String controlIn(String text) {
        int c = random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21);
        int at = random.nextInt(text.length());
        return "\"" + text.substring(0, at) + String.format("\\u%04x", c) + text.substring(at) + "\"";
    }

    /** A path segment in place of an id. */
    String segment() {
        List<String> segments = List.of("a%2fb", "a%2Fb", "%2F", "%00", "a%00b", "%2e%2e", "..", "%2e", ".",
                "..%2f..", "x;y", "x;jsessionid=1", "%3b", "%25", "%C3%A5", "%E2%80%AE", "%ff", "%C0%AF", "%ED%A0%80",
                "finns-inte", "", "%20", "a%0d%0ab", "%09", "a%5cb", "~", "a:b", "a.b", "-a", "_", "A".repeat(100),
                "a".repeat(101), "a".repeat(10_000), "a".repeat(40_000));
        return segments.get(random.nextInt(segments.size()));
    }
}
