package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.proof.bundle.BundleEvent;
import se.ledger.proof.bundle.BundleVerifier;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.ProofCheck;
import se.ledger.proof.merkle.Rfc6962;
import se.ledger.proof.note.Checkpoint;
import se.ledger.proof.note.NoteVerifier;
import se.ledger.proof.receipts.OfflinePlanStates;

/** The proof API over HTTP, checked the way an outside verifier would: only with what the API hands out. */
class ProofApiIT extends LedgerTestBase {

    @Test
    void aReportGetsASignedCheckpointAndEveryEventProvesItsPlaceInIt() throws Exception {
        givenPlan();
        String goal = goal("g", "");
        String activity = activity("a", goal, "2022-01-01");
        String explained = status(activity, "DEVIATING", "Eleven A. sjuk i maj", "2022-05-31").get("eventId").asText();
        String report = write("admin", "/api/plans/" + plan + "/reports", "{'id':'" + plan + "-apr',"
                + "'title':'Delårsrapport per 30 april','reportDate':'2022-04-30'}").get("eventId").asText();

        var key = ok(api.get("revisor", "/api/proof/key"));
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        var verifier = NoteVerifier.fromVerifierKey(key.get("verifierKey").asText());
        assertThat(Base64.getDecoder().decode(key.get("publicKey").asText())).isEqualTo(verifier.publicKey());

        JsonNode checkpoint = await("the report's checkpoint").atMost(Duration.ofSeconds(30))
                .until(() -> withReason(ok(api.get("revisor", "/api/proof/checkpoints?plan=" + plan)),
                        "Rapport " + plan + "-apr utfärdad"), c -> c != null);
        assertThat(checkpoint.get("reason").asText()).isEqualTo("Rapport " + plan + "-apr utfärdad");
        var signed = Checkpoint.open(checkpoint.get("note").asText(), verifier);
        assertThat(signed.origin()).isEqualTo(key.get("origin").asText());
        assertThat(signed.size()).isEqualTo(checkpoint.get("size").asLong());
        assertThat(signed.root().base64()).isEqualTo(checkpoint.get("rootHash").asText());

        for (String event : List.of(explained, report)) {
            var leaf = ok(api.get("revisor", "/api/proof/leaf?event=" + event));
            Hash leafHash = Hash.fromBase64(leaf.get("leafHash").asText());
            assertThat(Rfc6962.leafHash(leaf.get("canonical").asText().getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(leafHash);
            var inclusion = ok(api.get("revisor", "/api/proof/inclusion?event=" + event + "&size=" + signed.size()));
            assertThat(inclusion.get("leafIndex").asLong()).isEqualTo(leaf.get("leafIndex").asLong());
            ProofCheck.inclusion(inclusion.get("leafIndex").asLong(), signed.size(), leafHash,
                    hashes(inclusion.get("auditPath")), signed.root());
        }
        // the report's own event is the checkpoint's last leaf: the checkpoint covers it, and no more
        assertThat(ok(api.get("revisor", "/api/proof/leaf?event=" + report)).get("leafIndex").asLong())
                .isEqualTo(signed.size() - 1);
        // a free text is committed by salted hash, so it can be redacted without breaking the proofs
        String canonical = ok(api.get("revisor", "/api/proof/leaf?event=" + explained)).get("canonical").asText();
        assertThat(canonical).contains("\"explanation\":\"salted-sha256:").doesNotContain("sjuk")
                .contains("\"status\":\"DEVIATING\"");

        JsonNode receipt = await("the report's receipt").atMost(Duration.ofSeconds(30))
                .until(() -> last(ok(api.get("revisor", "/api/proof/receipts?plan=" + plan))),
                        r -> r != null && r.path("verified").asBoolean());
        assertThat(receipt.get("checkpointSize").asLong()).isEqualTo(signed.size());
        assertThat(verifier.open(receipt.get("note").asText())).contains("rapport " + plan + "-apr")
                .contains("tillstånd " + receipt.get("stateDigest").asText());
        var bundle = bundle("/api/plans/" + plan + "/proof-bundle?report=" + plan + "-apr");
        assertThat(bundle.manifest().stateDigest()).isEqualTo(receipt.get("stateDigest").asText());
        assertThat(bundle.manifest().checkpointSize()).isEqualTo(signed.size());
        assertThat(bundle.events()).extracting(BundleEvent::eventId).contains(explained, report);
        // the digest is of the plan view a client reads at the report (its sealed form), and rebuilt from the
        // bundle's events alone it comes out the same
        var view = (com.fasterxml.jackson.databind.node.ObjectNode) api.get("revisor", "/api/plans/" + plan + "?report="
                + plan + "-apr").json();
        assertThat("plan-state/2:" + se.ledger.proof.leaf.StateDigest.of(se.ledger.plan.query.SealedPlanState.json(view)))
                .isEqualTo(receipt.get("stateDigest").asText());
        assertThat(new OfflinePlanStates().digest(bundle)).isEqualTo(receipt.get("stateDigest").asText());
        var verified = BundleVerifier.verify(bundle, key.get("verifierKey").asText(), new OfflinePlanStates());
        assertThat(verified.ok()).as(String.join("\n", verified.lines())).isTrue();

        var later = api.post("admin", "/api/proof/checkpoints", json("{'reason':'Revisionens stickprov'}"));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        long size = later.json().get("size").asLong();
        var consistency = ok(api.get("revisor", "/api/proof/consistency?from=" + signed.size() + "&to=" + size));
        assertThat(consistency.get("fromRoot").asText()).isEqualTo(signed.root().base64());
        ProofCheck.consistency(signed.size(), size, signed.root(), Hash.fromBase64(later.json().get("rootHash").asText()),
                hashes(consistency.get("proof")));
    }

    @Test
    void onlyAnAdministratorIssuesACheckpointAndBadSizesAreRefusedByName() {
        assertThat(api.post("chef", "/api/proof/checkpoints", "{}").status()).isEqualTo(403);
        String planEvent = write("admin", "/api/plans", "{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")
                .get("eventId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/proof/leaf?event=" + planEvent).status() == 200);
        assertRefused(api.get("revisor", "/api/proof/inclusion?event=" + planEvent + "&size=0"), 400, "size");
        assertRefused(api.get("revisor", "/api/proof/consistency?from=5&to=2"), 400, "from");
        assertRefused(api.get("revisor", "/api/proof/consistency?from=1&to=999999999"), 400, "to");
        assertRefused(api.get("revisor", "/api/proof/consistency?from=x&to=2"), 400, "from");
        assertThat(api.get("revisor", "/api/proof/leaf?event=no-such-event").status()).isEqualTo(404);
        // the log's leaves are a record, not a view: the replay endpoint does not know its processor
        assertThat(api.post("admin", "/api/admin/replays/proof-log", "").status()).isEqualTo(404);
        assertThat(api.get("revisor", "/api/proof/leaf?event=" + planEvent).status()).isEqualTo(200);
    }

    /** A bundle takes its time axes as every read does: by default now and today; a report named must exist. */
    @Test
    void aBundleReadsItsTimeAsEveryReadDoes() throws java.io.IOException {
        String planEvent = write("admin", "/api/plans", "{'id':'" + plan + "-t','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")
                .get("eventId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("revisor", "/api/proof/leaf?event=" + planEvent).status() == 200);
        assertThat(bundle("/api/plans/" + plan + "-t/proof-bundle").events()).extracting(BundleEvent::eventId)
                .contains(planEvent);
        assertRefused(api.get("revisor", "/api/plans/" + plan + "-t/proof-bundle?report=ingen-sadan"), 400, "report");
        assertRefused(api.get("revisor", "/api/plans/" + plan + "-t/proof-bundle?validAt=2022-13-01"), 400, "validAt");
    }

    private ProofBundle bundle(String path) throws java.io.IOException {
        var response = api.getBytes("revisor", path);
        assertThat(response.statusCode()).isEqualTo(200);
        return ProofBundle.read(new java.io.ByteArrayInputStream(response.body()));
    }

    private static JsonNode ok(se.ledger.platform.test.Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The plan's checkpoint for its report: the list also holds the whole ledger's (other tests' too). */
    private static JsonNode withReason(JsonNode checkpoints, String reason) {
        for (JsonNode checkpoint : checkpoints) {
            if (checkpoint.path("reason").asText().equals(reason)) {
                return checkpoint;
            }
        }
        return null;
    }

    private static JsonNode last(JsonNode array) {
        return array.isEmpty() ? null : array.get(array.size() - 1);
    }

    private static List<Hash> hashes(JsonNode array) {
        var out = new ArrayList<Hash>();
        array.forEach(node -> out.add(Hash.fromBase64(node.asText())));
        return out;
    }

    private static void assertRefused(se.ledger.platform.test.Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).as(response.body()).extracting(e -> e.get("field").asText())
                .contains(field);
    }
}
