package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.headers;
import static se.ledger.platform.test.Api.json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ledger.platform.test.Api;

/**
 * A logged-in browser visiting a foreign page must not write to the ledger on that page's behalf:
 * browsers cache Basic credentials and send them with a foreign form or upload.
 */
class CrossSiteWritesIT extends LedgerTestBase {

    private static final String EVIL = "https://evil.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aMultipartImportFromAForeignPageIsRefusedAndStoresNothing() {
        String refused = "x" + UUID.randomUUID().toString().substring(0, 8);
        var response = upload(refused, Map.of("Origin", EVIL));
        assertRefused(response, "Origin", EVIL);

        String own = "y" + UUID.randomUUID().toString().substring(0, 8);
        var accepted = upload(own, Map.of("Origin", "http://localhost:" + port));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        lastPosition = accepted.json().get("position").asLong();
        read("/api/plans/" + own + "-P");
        var missing = api.get("revisor", "/api/plans/" + refused + "-P?minPosition=" + lastPosition);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aFormPostToTheAdminApiFromAForeignPageIsRefused() {
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/admin/replays/plan-projection"))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString("confirm=1")));
        assertRefused(response, "Origin", EVIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Origin  | null",
        "Origin  | http://localhost.evil.example",
        "Origin  | https://localhost:{port}",
        "Origin  | http://127.0.0.1:{port}",
        "Referer | https://evil.example/page.html",
        "Referer | not a url"})
    void aWriteNamingAnotherOriginIsRefused(String header, String value) {
        String claimed = value.replace("{port}", Integer.toString(port));
        var response = api.post("admin", "/api/plans", planJson(), Map.of(header, claimed));
        assertRefused(response, header, claimed);
    }

    @Test
    void writesFromTheLedgersOwnPagesAndFromClientsWithoutABrowserPass() {
        String own = "http://localhost:" + port;
        assertThat(api.post("admin", "/api/plans", planJson(), headers("Origin", own)).status()).isEqualTo(201);
        plan = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("admin", "/api/plans", planJson(), headers("Referer", own + "/plan.html?id=x")).status())
                .isEqualTo(201);
        plan = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("admin", "/api/plans", planJson()).status()).as("curl: neither header").isEqualTo(201);
        assertThat(api.get("revisor", "/api/plans", headers("Origin", EVIL)).status()).as("reads").isEqualTo(200);
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyAndAReferrerPolicy() {
        for (var response : new Api.Response[] {api.get("revisor", "/index.html"), api.get("revisor", "/api/plans"),
                api.get(null, "/api/plans"), api.post("admin", "/api/plans", "{", headers("Origin", EVIL))}) {
            assertThat(response.header("Content-Security-Policy")).as(response.body())
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    private static void assertRefused(Api.Response response, String header, String value) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("title").asText()).isEqualTo("Begäran från en annan webbplats");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(header);
        assertThat(problem.at("/errors/0/detail").asText()).contains(value);
    }

    private String planJson() {
        return json("{'id':'" + plan + "','organisation':'Vaggeryds kommun','title':'Verksamhetsplan 2022',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
    }

    /** A plan-only spreadsheet, sent as a browser's file upload sends it. */
    private Api.Response upload(String p, Map<String, String> extra) {
        String sheet = "typ;id;titel;organisation;överordnat mål;mål;nyckeltal;enhet;ingångsvärde;ingångsdatum;"
                + "målvärde;måldatum;ansvarig;ansvarig enhet;start;slut;status;statusdatum;förklaring;datum;värde\n"
                + "PLAN;" + p + "-P;Verksamhetsplan 2022;Testkommun;;;;;;;;;;;2022-01-01;2022-12-31;;;;;\n";
        String boundary = "----ledger" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + p
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + sheet + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        extra.forEach(request::header);
        return send(request);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Response send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
