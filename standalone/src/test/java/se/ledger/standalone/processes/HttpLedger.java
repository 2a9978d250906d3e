package se.ledger.standalone.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to a ledger that may die at any moment: a request the ledger never answered (refused,
 * reset, timed out) is a {@link Answer} with status 0 rather than an exception, so writers can
 * retry it.
 */
public final class HttpLedger {

    public record Answer(int status, String body, String contentType, String retryAfter) {
        public boolean answered() {
            return status != 0;
        }

        public boolean ok() {
            return status == 200 || status == 201;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " Retry-After=" + retryAfter + " " + body;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // a request held much longer than the pool's connection timeout counts as a hang
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    public HttpLedger(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer post(String user, String path, String json, String idempotencyKey) {
        var request = request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.replace('\'', '"'), StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** A write meant for one version of the entity only (the ETag of an earlier answer). */
    public Answer postIfMatch(String user, String path, String json, long version) {
        return send(request(user, path).header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json.replace('\'', '"'), StandardCharsets.UTF_8)));
    }

    public Answer get(String user, String path) {
        return send(request(user, path).GET());
    }

    public boolean answers() {
        return get("revisor", "/api/plans").status() == 200;
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return new Answer(0, e.toString(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString(), null, null);
        }
    }
}
