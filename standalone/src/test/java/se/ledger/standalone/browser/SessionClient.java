package se.ledger.standalone.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP client that keeps cookies and follows redirects, as a browser does: it signs in on the
 * provider's login form or the ledger's, and then writes with its session cookie.
 */
final class SessionClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    SessionClient(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    /** Through the provider's real login form: a user name and the claims their ID token gets. */
    HttpResponse<String> signInAtProvider(String user, String claimsJson) {
        var form = send(http, HttpRequest.newBuilder(URI.create(base + "/oauth2/authorization/oidc"))
                .header("Accept", "text/html").GET());
        if (form.statusCode() != 200 || !form.body().contains("name=\"claims\"")) {
            throw new AssertionError("No provider login form: " + form.statusCode() + " " + form.body());
        }
        return send(http, HttpRequest.newBuilder(form.uri()).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "claims", claimsJson)))));
    }

    /** Through the ledger's own login form, with the CSRF field it carries. */
    HttpResponse<String> signInLocally(String user, String password) {
        send(http, HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html").GET());
        return send(http, HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html")
                .header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password,
                        "_csrf", csrfToken())))));
    }

    String csrfToken() {
        return cookie("XSRF-TOKEN");
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> get(String path) {
        return send(noRedirects, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A write with the session cookie and the given headers; no redirects followed. */
    HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(noRedirects, request);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
