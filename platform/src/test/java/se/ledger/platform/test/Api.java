package se.ledger.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP against a running ledger, as a client would send it. */
public class Api {

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response post(String user, String path, String json) {
        return post(user, path, json, Map.of());
    }

    public Response post(String user, String path, String json, Map<String, String> headers) {
        var request = request(user, path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request);
    }

    public Response get(String user, String path) {
        return get(user, path, Map.of());
    }

    public Response get(String user, String path, Map<String, String> headers) {
        return send(request(user, path, headers).GET());
    }

    /** A binary answer (a zip, a PDF), as received. */
    public HttpResponse<byte[]> getBytes(String user, String path) {
        try {
            return http.send(request(user, path, Map.of()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Strings in single quotes, for readable JSON in tests. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    public static Map<String, String> headers(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String user, String path, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + user;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
