package se.ledger.standalone;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seeded hostile requests against every write endpoint: mutations of a valid request, one or a few at a time. */
final class HostileRequests {

    record Hostile(String method, String path, String contentType, byte[] body, Map<String, String> headers,
            String label) {
    }

    /** A write endpoint and a body it accepts; ids as {plan}, {goal}, {activity}, {indicator}. */
    record Endpoint(String path, String body) {
    }

    private static final Pattern VALUE = Pattern.compile("(\"[A-Za-z]+\"):(\"[^\"]*\"|-?[0-9.]+|true|false|\\{|\\[)");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json; charset=nonsense", "application/*", "*/*",
            "application/merge-patch+json", "application/json;;;", "image/png", "application/problem+json");
    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "GET", "TRACE", "OPTIONS");

    private final Random random;
    private final HostileValues values;
    private final List<Endpoint> endpoints;
    private final Map<String, String> ids;
    private int counter;

    HostileRequests(long seed, List<Endpoint> endpoints, Map<String, String> ids) {
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.endpoints = endpoints;
        this.ids = ids;
    }

    Hostile next() {
        counter++;
        if (random.nextInt(endpoints.size() + 1) == 0) {
            return ImportUploads.next(random, values, counter);
        }
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        String path = fill(endpoint.path());
        String body = endpoint.body().replace("{n}", Integer.toString(counter));
        body = fill(body);
        String contentType = "application/json";
        String method = "POST";
        var headers = new LinkedHashMap<String, String>();
        String label;
        int kind = random.nextInt(100);
        if (kind < 45) {
            int times = 1 + random.nextInt(3);
            for (int i = 0; i < times; i++) {
                body = mutateField(body);
            }
            label = "field";
        } else if (kind < 55) {
            body = wholeBody();
            label = "body";
        } else if (kind < 65) {
            return new Hostile(method, path, contentType, mutateBytes(body), headers, "bytes");
        } else if (kind < 78) {
            path = mutatePath(endpoint.path());
            label = "path";
        } else if (kind < 86) {
            contentType = random.nextInt(6) == 0 ? null : CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            label = "content-type";
        } else if (kind < 92) {
            headers.put(random.nextBoolean() ? "If-Match" : "Idempotency-Key", headerValue());
            label = "header";
        } else if (kind < 96) {
            method = METHODS.get(random.nextInt(METHODS.size()));
            label = "method";
        } else {
            label = "valid";
        }
        return new Hostile(method, path, contentType, body.getBytes(StandardCharsets.UTF_8), headers, label);
    }

    /** The first endpoint's request as it is. */
    Hostile valid() {
        counter++;
        Endpoint endpoint = endpoints.get(0);
        String body = fill(endpoint.body().replace("{n}", "v" + counter));
        return new Hostile("POST", fill(endpoint.path()), "application/json", body.getBytes(StandardCharsets.UTF_8),
                Map.of(), "valid");
    }

    private String fill(String template) {
        String filled = template;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    /** Replaces, removes or adds one field anywhere in the body (nested objects too). */
    private String mutateField(String body) {
        List<int[]> spots = new ArrayList<>();
        Matcher m = VALUE.matcher(body);
        while (m.find()) {
            spots.add(new int[] {m.start(), m.end(1), m.end()});
        }
        int action = random.nextInt(10);
        if (spots.isEmpty() || action == 0) {
            return body.replaceFirst("\\{", Matcher.quoteReplacement("{\"okäntFält" + random.nextInt(3) + "\":"
                    + values.next() + ","));
        }
        int[] spot = spots.get(random.nextInt(spots.size()));
        if (body.charAt(spot[2] - 1) == '{' || body.charAt(spot[2] - 1) == '[') {
            // an object or array value: replace the opening bracket's whole value by a hostile one
            int end = matching(body, spot[2] - 1);
            return body.substring(0, spot[1] + 1) + values.next() + body.substring(end + 1);
        }
        if (action == 1) {
            return body.substring(0, spot[1] + 1) + "null" + body.substring(spot[2]);
        }
        return body.substring(0, spot[1] + 1) + values.next() + body.substring(spot[2]);
    }

    private static int matching(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[')) {
                depth++;
            } else if (!inString && (c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private String wholeBody() {
        return switch (random.nextInt(8)) {
            case 0 -> values.next();
            case 1 -> "";
            case 2 -> "{";
            case 3 -> "{}{}";
            case 4 -> "{\"a\":1} trailing";
            case 5 -> "{/* kommentar */}";
            case 6 -> "{'enkla':'citat'}";
            default -> values.deep(800 + random.nextInt(2500));
        };
    }

    private byte[] mutateBytes(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        int at = Math.max(0, body.indexOf(":\"") + 2);
        at = Math.min(at, bytes.length);
        switch (random.nextInt(7)) {
            case 0 -> { // invalid UTF-8 inside a string value
                byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                        {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
                out.write(bytes, 0, at);
                out.writeBytes(bad[random.nextInt(bad.length)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 1 -> out.write(bytes, 0, random.nextInt(bytes.length + 1)); // truncated
            case 2 -> { // a raw control character, unescaped, inside a string
                out.write(bytes, 0, at);
                out.write(random.nextInt(0x20));
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> { // a byte order mark, then the body
                out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
                out.writeBytes(bytes);
            }
            case 4 -> out.writeBytes(body.getBytes(StandardCharsets.UTF_16)); // another encoding, undeclared
            case 5 -> out.writeBytes(body.replaceFirst("\\{", "{\"id\":\"dubbel\",\"id\":\"dubbel2\",")
                    .getBytes(StandardCharsets.UTF_8)); // duplicate keys
            default -> { // random bytes
                byte[] noise = new byte[1 + random.nextInt(2000)];
                random.nextBytes(noise);
                out.writeBytes(noise);
            }
        }
        return out.toByteArray();
    }

    private String mutatePath(String template) {
        String segment = values.segment();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([a-z]+)\\}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (!names.isEmpty() && random.nextInt(4) != 0) {
            return fill(template.replace("{" + names.get(random.nextInt(names.size())) + "}", segment));
        }
        String path = fill(template);
        return switch (random.nextInt(6)) {
            case 0 -> path + "/";
            case 1 -> path + "/" + segment;
            case 2 -> "/" + path;
            case 3 -> path.replace("/api/", "/api/./");
            case 4 -> path.toUpperCase();
            default -> path + "?minPosition=" + segment + "&asOf=%00";
        };
    }

    private String headerValue() {
        return switch (random.nextInt(8)) {
            case 0 -> "x".repeat(256 + random.nextInt(2000));
            case 1 -> "\"-1\"";
            case 2 -> "99999999999999999999";
            case 3 -> "W/\"0\"";
            case 4 -> "a b c";
            case 5 -> "*";
            case 6 -> "\"" + random.nextInt(5) + "\"";
            default -> "nyckel-" + random.nextInt(20);
        };
    }
}
