package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.platform.test.Api;
import se.ledger.platform.test.EventTable;
import se.ledger.standalone.LedgerStandalone;

/**
 * The import over real HTTP, read back through the query API. Same configuration as the other standalone
 * tests, so they share one ledger: every test uses ids of its own, or imports the sample idempotently.
 */
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=2000"})
@ActiveProfiles("it")
abstract class ImportTestBase {

    static final String SAMPLE = "vaggeryd-verksamhetsplan-2022-augusti.tsv";
    static final String SAMPLE_PLAN = "vaggeryds-kommun-2022";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    Api api;
    EventTable events;

    @BeforeEach
    void connect() {
        api = new Api(port);
        events = new EventTable(dataSource);
    }

    Api.Response upload(String query, String fileName, byte[] content) {
        return Upload.post(port, "admin", "/api/imports" + query, fileName, content);
    }

    Api.Response upload(String query, String fileName, String content) {
        return upload(query, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample as the README's newcomer gets it; a second call finds it already imported. */
    JsonNode importSample() {
        var response = upload("?organisation=" + encode("Vaggeryds kommun"), SAMPLE, resource(SAMPLE));
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        assertThat(response.json().path("outcome").asText()).isIn("IMPORTED", "ALREADY_IMPORTED");
        return response.json();
    }

    /** Reads once the projection has the import's last event; it may need longer than one wait. */
    JsonNode read(String path, long position) {
        String url = path + (path.contains("?") ? "&" : "?") + "minPosition=" + position;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            var response = api.get("revisor", url);
            if (response.status() != 503 || System.nanoTime() > deadline) {
                assertThat(response.status()).as(url + " " + response.body()).isEqualTo(200);
                return response.json();
            }
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportTestBase.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with one more signature row: new content for the import log, the same plan otherwise. */
    static byte[] sampleVariant() {
        return (new String(resource(SAMPLE), StandardCharsets.UTF_8) + "\nXY\tTest " + unique() + "\tTestare, KS")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Ids of this test only, for files imported into the shared ledger. */
    static String unique() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("No " + field + "=" + value + " in " + array);
    }
}
