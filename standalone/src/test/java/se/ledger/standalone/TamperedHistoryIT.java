package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Someone with the database superuser's rights rewrites history behind the ledger's back: the
 * self-audit names the first event that no longer matches, and the health check says so.
 * A context (and database) of its own: the tampering is not undone for everyone else.
 */
@TestPropertySource(properties = "ledger.proof.origin=tamper.test")
class TamperedHistoryIT extends LedgerTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void theSelfAuditNamesAChangedADeletedAndAnInsertedEvent() {
        var jdbc = new JdbcTemplate(dataSource);
        givenPlan();
        String activity = activity("a", goal("g", ""), "2022-01-01");
        String onTrack = status(activity, "ON_TRACK", null, "2022-03-31").get("eventId").asText();
        write("chef", "/api/activities/" + activity + "/comments",
                "{'text':'Rektor har informerat vårdnadshavarna','effectiveDate':'2022-04-10'}");
        String deviating = status(activity, "DEVIATING", "Upphandlingen överklagad", "2022-04-20").get("eventId").asText();
        write("admin", "/api/plans/" + plan + "/reports", "{'id':'" + plan + "-apr',"
                + "'title':'Delårsrapport per 30 april','reportDate':'2022-04-30'}");
        await("the report's checkpoint").atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/proof/checkpoints?plan=" + plan).json().findValuesAsText("reason")
                        .contains("Rapport " + plan + "-apr utfärdad"));
        assertThat(audit().get("ok").asBoolean()).as(audit().toString()).isTrue();
        String key = api.get("revisor", "/api/proof/key").json().get("verifierKey").asText();
        await("the report's receipt").atMost(Duration.ofSeconds(30)).until(() -> api.get("revisor",
                "/api/proof/receipts?plan=" + plan).json().findValuesAsText("verified").contains("true"));
        byte[] before = bundle();

        // (a) one event's payload changed
        byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE eventidentifier = ?",
                byte[].class, onTrack);
        tamper(jdbc, () -> jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload,"
                + " 'UTF8'), 'ON_TRACK', 'COMPLETED'), 'UTF8') WHERE eventidentifier = ?", onTrack));
        var changed = audit();
        assertThat(changed.get("ok").asBoolean()).isFalse();
        assertThat(changed.at("/firstMismatch/eventId").asText()).isEqualTo(onTrack);
        assertThat(changed.at("/firstMismatch/reason").asText()).contains("innehåll");
        assertThat(api.get("admin", "/actuator/health").json().at("/components/proofLog/status").asText())
                .isEqualTo("PROOF_MISMATCH");
        assertThat(verify(before, key)).contains("VERIFIERAT").doesNotContain("FEL");
        assertThat(verify(bundle(), key)).contains("FEL: Händelse " + onTrack).contains("INTE VERIFIERAT");
        tamper(jdbc, () -> jdbc.update("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", original,
                onTrack));
        assertThat(audit().get("ok").asBoolean()).isTrue();

        // (b) one event deleted
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE eventidentifier = ?", deviating);
        tamper(jdbc, () -> jdbc.update("DELETE FROM domainevententry WHERE eventidentifier = ?", deviating));
        var deleted = audit();
        assertThat(deleted.at("/firstMismatch/eventId").asText()).isEqualTo(deviating);
        assertThat(deleted.at("/firstMismatch/reason").asText()).contains("finns inte längre");
        // every remaining event still proves its place; the receipt sealed how many there were
        assertThat(verify(bundle(), key)).contains("händelser saknas").contains("INTE VERIFIERAT");
        assertThat(verify(before, key)).contains("VERIFIERAT").doesNotContain("FEL");
        jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("globalindex"), row.get("aggregateidentifier"),
                row.get("sequencenumber"), row.get("type"), row.get("eventidentifier"), row.get("metadata"),
                row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
        assertThat(audit().get("ok").asBoolean()).isTrue();

        // (c) one event inserted into the middle: the later ones moved up to make room
        long slot = ((Number) row.get("globalindex")).longValue();
        tamper(jdbc, () -> {
            jdbc.update("UPDATE domainevententry SET globalindex = globalindex + 1000000 WHERE globalindex >= ?", slot);
            jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                    + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                    + " SELECT ?, aggregateidentifier, 999, type, 'forged-event', metadata, payload, payloadrevision,"
                    + " payloadtype, timestamp FROM domainevententry WHERE eventidentifier = ?", slot, onTrack);
        });
        var inserted = audit();
        assertThat(inserted.get("ok").asBoolean()).isFalse();
        assertThat(inserted.at("/firstMismatch/eventId").asText()).isEqualTo("forged-event");
        // the report's own event moved with the rest, so a bundle now is one at a moment, under a checkpoint made now
        assertThat(verify(bundleNow(), key)).contains("FEL: Händelse forged-event").contains("INTE VERIFIERAT");
        assertThat(verify(before, key)).contains("VERIFIERAT").doesNotContain("FEL");
    }

    private byte[] bundleNow() {
        var response = api.getBytes("revisor", "/api/plans/" + plan + "/proof-bundle?asOf=" + java.time.Instant.now()
                + "&validAt=2022-04-30");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private byte[] bundle() {
        var response = api.getBytes("revisor", "/api/plans/" + plan + "/proof-bundle?report=" + plan + "-apr");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The offline verifier as the command line runs it, on the bundle saved to a file. */
    private static String verify(byte[] bundle, String key) {
        try {
            var file = java.nio.file.Files.createTempFile("bevispaket", ".zip");
            java.nio.file.Files.write(file, bundle);
            var printed = new java.io.ByteArrayOutputStream();
            int exit = LedgerCommandLine.execute(new String[] {"verify", file.toString(), "--key", key},
                    new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8), System.err);
            String text = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(exit).as(text).isEqualTo(text.contains("INTE VERIFIERAT") ? 1 : 0);
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode audit() {
        var response = api.post("admin", "/api/admin/proof/audit", "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** As the superuser: the append-only trigger off, the change, the trigger on again. */
    private static void tamper(JdbcTemplate jdbc, Runnable change) {
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
        try {
            change.run();
        } finally {
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        }
    }
}
