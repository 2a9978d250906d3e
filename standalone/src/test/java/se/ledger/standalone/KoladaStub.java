package se.ledger.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * Kolada's v3 data API as a local WireMock server, answering KPI N00945 per municipality with the
 * answers recorded under src/test/resources/kolada. Its port is chosen once and kept across a stop
 * and a start, so a test can make Kolada refuse connections and then come back. Public for the browser
 * tests, which drive the same stub from the admin page.
 */
public final class KoladaStub {

    private static final String DATA = "/v3/data/kpi/N00945/municipality/";

    private final WireMockServer server = new WireMockServer(options().port(freePort()));

    public KoladaStub() {
        server.start();
    }

    /** The base address the ledger is configured with. */
    public String baseUrl() {
        return "http://localhost:" + server.port() + "/v3";
    }

    /** Running, and answering nothing yet. */
    public void reset() {
        if (!server.isRunning()) {
            server.start();
        }
        server.resetAll();
    }

    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }

    /** Every page of the municipality's values answers with the fixture. */
    public void answer(String municipality, String fixture) {
        answer(municipality, json(fixture));
    }

    public void answer(String municipality, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(DATA + municipality)).willReturn(response));
    }

    /** The first page (no page parameter) and the second (page=2), as Kolada's next_page names it. */
    void answerPaged(String municipality, String first, String second) {
        server.stubFor(get(urlPathEqualTo(DATA + municipality)).withQueryParam("page", absent())
                .willReturn(json(first)));
        server.stubFor(get(urlPathEqualTo(DATA + municipality)).withQueryParam("page", equalTo("2"))
                .willReturn(json(second)));
    }

    void verifyAskedForPage(String municipality, String page, String perPage) {
        server.verify(getRequestedFor(urlPathEqualTo(DATA + municipality)).withQueryParam("page", equalTo(page))
                .withQueryParam("per_page", equalTo(perPage)));
    }

    public static ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(fixture(fixture));
    }

    static ResponseDefinitionBuilder html(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(fixture(fixture));
    }

    private static String fixture(String name) {
        try (InputStream in = KoladaStub.class.getResourceAsStream("/kolada/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture kolada/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
