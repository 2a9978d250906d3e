package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import se.ledger.platform.test.Api;
import se.ledger.proof.bundle.BundleEvent;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.receipts.OfflinePlanStates;

/**
 * The Vaggeryd sample's August report, verified the way an auditor would at home: the bundle (from
 * the API and from {@code export-proof}) checked by {@code verify}, which rebuilds the plan from the
 * bundle's events with the read side's rules and finds the digest the ledger sealed; a bundle with
 * one character changed, or with its events' order changed, fails, saying why.
 */
class OfflineVerifierIT {

    private static final String PLAN = "vaggeryds-kommun-2022";

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void theVerifierRebuildsTheSampleAtItsReportAndFindsTheSealedState() throws Exception {
        String key;
        byte[] fromApi;
        try (var ledger = new SpringApplicationBuilder(LedgerStandalone.class).profiles("it")
                .run("--server.port=0", "--ledger.data-dir=" + data, "--ledger.import-sample=true")) {
            var api = new Api(((WebServerApplicationContext) ledger).getWebServer().getPort());
            await("the sample plan with its activities").atMost(Duration.ofSeconds(90)).until(() -> {
                var plan = api.get("revisor", "/api/plans/" + PLAN);
                return plan.status() == 200 && plan.json().findValue("activities") != null
                        && !plan.json().findValue("activities").isEmpty();
            });
            var goals = api.get("revisor", "/api/plans/" + PLAN).json().get("goals");
            String activity = goals.findValue("activities").get(0).get("id").asText();
            String goal = goals.get(0).get("id").asText();
            ok(api.post("chef", "/api/activities/" + activity + "/status", Api.json("{'status':'DEVIATING',"
                    + "'explanation':'Leverantören försenad','effectiveDate':'2022-08-31'}")));
            String comment = ok(api.post("chef", "/api/activities/" + activity + "/comments",
                    Api.json("{'text':'Eleven A. på Storgatan','effectiveDate':'2022-08-30'}"))).get("eventId").asText();
            ok(api.post("chef", "/api/goals/" + goal + "/prognoses", Api.json("{'prognosis':'PARTLY_MET',"
                    + "'motivation':'Halvvägs','effectiveDate':'2022-08-31'}")));
            // a qualitative judgement: its text is a free text too, quoted by the prognosis's reasons on the page
            ok(api.post("admin", "/api/goals/" + goal + "/indicators", Api.json("{'id':'kostpolicy',"
                    + "'name':'Ny kostpolicy','unit':'bedömning','baseline':{'text':'Sätts med ny policy'},"
                    + "'target':{'text':'Antagen'}}")));
            String judgement = ok(api.post("chef", "/api/indicators/kostpolicy/measurements", Api.json(
                    "{'assessment':'AT_RISK','text':'Kocken C. på Lillgatan är sjukskriven','effectiveDate':'2022-08-29'}")))
                    .get("eventId").asText();
            ok(api.post("admin", "/api/plans/" + PLAN + "/reports", Api.json("{'id':'aug',"
                    + "'title':'Delårsrapport per 31 augusti','reportDate':'2022-08-31'}")));
            JsonNode receipt = await("the report's receipt").atMost(Duration.ofSeconds(60))
                    .until(() -> api.get("revisor", "/api/proof/receipts?plan=" + PLAN).json(),
                            r -> r.findValuesAsText("verified").contains("true")).get(0);
            key = api.get("revisor", "/api/proof/key").json().get("verifierKey").asText();
            assertThat(api.get("revisor", "/api/plans/" + PLAN + "?report=aug").body()).as("the judgement's text shows")
                    .contains("Lillgatan");

            fromApi = bundle(api);
            var bundle = ProofBundle.read(new ByteArrayInputStream(fromApi));
            assertThat(bundle.events()).hasSizeGreaterThan(150);
            assertThat(new OfflinePlanStates().digest(bundle)).isEqualTo(receipt.get("stateDigest").asText());
            assertThat(verify(fromApi, key)).contains("stämmer med kvittot").endsWith("VERIFIERAT\n")
                    .doesNotContain("FEL");

            // a comment naming a pupil redacted after the report: the report's bundle still verifies, state and all
            ok(api.post("admin", "/api/admin/redactions", Api.json("{'eventId':'" + comment + "','field':'text',"
                    + "'reason':'personuppgift'}")));
            ok(api.post("admin", "/api/admin/redactions", Api.json("{'eventId':'" + judgement + "','field':'comment',"
                    + "'reason':'personuppgift'}")));
            byte[] redacted = await("the redactions in the bundle").atMost(Duration.ofSeconds(30))
                    .until(() -> bundle(api), b -> !new String(b, StandardCharsets.ISO_8859_1).contains("Storgatan")
                            && !new String(b, StandardCharsets.UTF_8).contains("Lillgatan"));
            assertThat(verify(redacted, key)).contains("stämmer med kvittot").doesNotContain("FEL");
            // and the ledger's own check of the receipt, on the redacted read side, still holds
            await("the redactions on the read side").atMost(Duration.ofSeconds(30))
                    .until(() -> !api.get("revisor", "/api/plans/" + PLAN + "?report=aug").body().contains("Lillgatan"));
            assertThat(api.get("revisor", "/api/proof/receipts?plan=" + PLAN).json().get(0).path("verified").asBoolean())
                    .as("the receipt after the redactions").isTrue();
            assertThat(receipt.get("stateDigest").asText()).startsWith("plan-state/2:sha256:");
        }

        var bundle = ProofBundle.read(new ByteArrayInputStream(fromApi));
        var events = new ArrayList<>(bundle.events());
        int i = indexOf(events, "Leverantören försenad");
        events.set(i, events.get(i).withPayload(events.get(i).payload().replace("försenad", "försenaD"),
                events.get(i).salts(), events.get(i).redacted()));
        assertThat(verify(write(bundle, events), key)).contains("FEL: Händelse " + events.get(i).eventId())
                .contains("ingår inte i kontrollpunkten").endsWith("INTE VERIFIERAT\n");

        // the store's positions are not in the leaves: changed, the proofs hold but the rebuilt plan differs
        var reordered = bundle.events().stream().map(e -> new BundleEvent(e.leafIndex(), e.eventId(), e.entityKind(),
                e.entityId(), e.sequence(), e.type(), e.revision(), e.recordedAt(), e.payload(), e.salts(),
                e.redacted(), e.auditPath(), -e.position())).toList();
        assertThat(verify(write(bundle, reordered), key)).contains("men kvittot förseglade")
                .endsWith("INTE VERIFIERAT\n");

        // export-proof on the data directory, with the server stopped, writes the same report's bundle
        Path exported = files.resolve("aug.zip");
        var printed = new ByteArrayOutputStream();
        int exit = LedgerCommandLine.execute(new String[] {"export-proof", PLAN, exported.toString(),
                "--report", "aug", "--ledger.data-dir=" + data, "--spring.profiles.active=it"},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(verify(Files.readAllBytes(exported), key)).contains("stämmer med kvittot").doesNotContain("FEL");

        Path backup = files.resolve("alla.zip");
        exit = LedgerCommandLine.execute(new String[] {"export-all", backup.toString(), "--ledger.data-dir=" + data,
                "--spring.profiles.active=it"}, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Säkerhetskopia skriven till " + backup);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static byte[] bundle(Api api) {
        var response = api.getBytes("revisor", "/api/plans/" + PLAN + "/proof-bundle?report=aug");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int indexOf(java.util.List<BundleEvent> events, String text) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).payload().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no event with " + text);
    }

    private byte[] write(ProofBundle bundle, java.util.List<BundleEvent> events) throws Exception {
        var out = new ByteArrayOutputStream();
        new ProofBundle(bundle.manifest(), bundle.checkpointNote(), bundle.verifierKey(), events).write(out);
        return out.toByteArray();
    }

    /** {@code java -jar ledger.jar verify FILE --key KEY}, as LedgerStandalone runs it, on a file. */
    private String verify(byte[] bundle, String key) throws Exception {
        Path file = Files.createTempFile(files, "bevispaket", ".zip");
        Files.write(file, bundle);
        var printed = new ByteArrayOutputStream();
        int exit = LedgerCommandLine.execute(new String[] {"verify", file.toString(), "--key", key},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isEqualTo(text.endsWith("INTE VERIFIERAT\n") ? 1 : 0);
        return text;
    }
}
