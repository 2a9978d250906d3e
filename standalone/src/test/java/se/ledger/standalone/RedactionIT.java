package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ledger.proof.bundle.BundleVerifier;
import se.ledger.proof.bundle.ProofBundle;

/**
 * A comment names a pupil; an administrator redacts it. The text is gone from the API, the exports
 * and the event store's readable payload, the trail says why, and every proof still verifies.
 */
class RedactionIT extends LedgerTestBase {

    private static final String SECRET = "Eleven Anna S. på Skolgatan 4";
    private static final String REASON = "Personuppgift (GDPR art. 17)";

    @Autowired
    DataSource dataSource;

    @Test
    void aRedactedCommentLeavesTheLedgerAndEveryProofStillHolds() throws Exception {
        givenPlan();
        String activity = activity("a", goal("g", ""), "2022-01-01");
        String comment = write("chef", "/api/activities/" + activity + "/comments",
                "{'text':'" + SECRET + " behöver extra stöd','effectiveDate':'2022-04-10'}").get("eventId").asText();
        write("admin", "/api/plans/" + plan + "/reports", "{'id':'" + plan + "-apr',"
                + "'title':'Delårsrapport per 30 april','reportDate':'2022-04-30'}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/proof/checkpoints?plan=" + plan).json().findValuesAsText("reason")
                        .contains("Rapport " + plan + "-apr utfärdad"));
        String key = api.get("revisor", "/api/proof/key").json().get("verifierKey").asText();
        String leafBefore = api.get("revisor", "/api/proof/leaf?event=" + comment).json().get("leafHash").asText();
        byte[] bundleBefore = bundle();
        assertThat(unzipped(bundleBefore)).contains("Skolgatan");

        assertRefused(api.post("admin", "/api/admin/redactions", json("{'eventId':'" + comment + "','field':'text'}")),
                400, "reason");
        assertRefused(api.post("admin", "/api/admin/redactions",
                json("{'eventId':'" + comment + "','field':'effectiveDate','reason':'x'}")), 400, "field");
        assertThat(api.post("admin", "/api/admin/redactions", json("{'eventId':'no-such','field':'text','reason':'x'}"))
                .status()).isEqualTo(404);
        assertThat(api.post("chef", "/api/admin/redactions", json("{'eventId':'" + comment + "','field':'text',"
                + "'reason':'x'}")).status()).isEqualTo(403);

        var redacted = api.post("admin", "/api/admin/redactions", json("{'eventId':'" + comment + "','field':'text',"
                + "'reason':'" + REASON + "'}"));
        assertThat(redacted.status()).as(redacted.body()).isEqualTo(200);
        lastPosition = redacted.json().get("position").asLong();
        assertThat(api.post("admin", "/api/admin/redactions", json("{'eventId':'" + comment + "','field':'text',"
                + "'reason':'igen'}")).status()).isEqualTo(400);

        // the API and the trail show why, not what
        var trail = read("/api/activities/" + activity + "/events");
        assertThat(trail.toString()).doesNotContain("Skolgatan").contains("[borttaget: " + REASON + "]")
                .contains("TextRedacted");
        assertThat(read("/api/plans/" + plan).toString()).doesNotContain("Skolgatan");
        // the event store's readable payload and the salt are gone; the commitment stays
        var jdbc = new JdbcTemplate(dataSource);
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE eventidentifier = ?", String.class, comment);
        assertThat(payload).doesNotContain("Skolgatan");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proof.text_salt s JOIN proof.leaf l"
                + " ON l.global_index = s.global_index WHERE l.event_id = ?", Long.class, comment)).isZero();

        // every proof holds: the same leaf, the bundle from before and one exported now
        assertThat(api.get("revisor", "/api/proof/leaf?event=" + comment).json().get("leafHash").asText())
                .isEqualTo(leafBefore);
        assertThat(BundleVerifier.verify(read(bundleBefore), key).ok()).isTrue();
        byte[] bundleAfter = bundle();
        var verified = BundleVerifier.verify(read(bundleAfter), key);
        assertThat(verified.ok()).as(String.join("\n", verified.lines())).isTrue();
        assertThat(unzipped(bundleAfter)).doesNotContain("Skolgatan");
        assertThat(api.post("admin", "/api/admin/proof/audit", "").json().get("ok").asBoolean()).isTrue();
        assertThat(unzipped(api.getBytes("admin", "/api/admin/export-all").body()))
                .doesNotContain("Skolgatan");

        // a rebuild of the read side shows the same
        assertThat(api.post("admin", "/api/admin/replays/plan-projection", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> !api.get("admin", "/api/admin/replays/plan-projection")
                .json().get("rebuilding").asBoolean());
        var rebuilt = read("/api/activities/" + activity + "/events");
        assertThat(rebuilt.toString()).doesNotContain("Skolgatan").contains("[borttaget: " + REASON + "]");
    }

    private byte[] bundle() {
        var response = api.getBytes("revisor", "/api/plans/" + plan + "/proof-bundle?report=" + plan + "-apr");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Every entry of a zip as text: what anyone who opens the file can read. */
    private static String unzipped(byte[] zip) throws java.io.IOException {
        var text = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static ProofBundle read(byte[] bundle) throws java.io.IOException {
        return ProofBundle.read(new ByteArrayInputStream(bundle));
    }

    private static void assertRefused(se.ledger.platform.test.Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).extracting(e -> e.get("field").asText()).contains(field);
    }
}
