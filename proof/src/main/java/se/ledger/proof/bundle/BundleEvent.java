package se.ledger.proof.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ledger.proof.leaf.LeafEvent;
import se.ledger.proof.leaf.TextCommitment;

/**
 * One event of a proof bundle: what the leaf commits to, spelled out so the verifier recomputes
 * the canonical form itself, and the audit path that places the leaf under the checkpoint.
 *
 * @param salts     base64 salt per free text still shown in the payload
 * @param redacted  the commitment per free text that a redaction removed
 * @param position  the event's global index in the event store: not committed by the leaf, it only
 *                  orders the events as the ledger's projection did when the plan view is rebuilt
 *                  (null in bundles written before it was added)
 */
public record BundleEvent(long leafIndex, String eventId, String entityKind, String entityId, long sequence,
        String type, String revision, String recordedAt, String payload, Map<String, String> salts,
        Map<String, String> redacted, List<String> auditPath, Long position) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BundleEvent {
        salts = salts == null ? Map.of() : Map.copyOf(salts);
        redacted = redacted == null ? Map.of() : Map.copyOf(redacted);
        auditPath = auditPath == null ? List.of() : List.copyOf(auditPath);
    }

    /** The leaf as the verifier rebuilds it: a shown text must match its salted commitment, or the leaf differs. */
    public LeafEvent leaf() {
        var commitments = new HashMap<String, TextCommitment>();
        JsonNode shown = shown();
        salts.forEach((field, salt) -> commitments.put(field,
                TextCommitment.of(Base64.getDecoder().decode(salt), shown.path(field).asText(""))));
        redacted.forEach((field, committed) -> commitments.put(field, new TextCommitment(committed)));
        return new LeafEvent(eventId, entityKind, entityId, sequence, type, revision, recordedAt, payload, commitments);
    }

    public BundleEvent withAuditPath(List<String> path) {
        return new BundleEvent(leafIndex, eventId, entityKind, entityId, sequence, type, revision, recordedAt, payload,
                salts, redacted, path, position);
    }

    public BundleEvent withPayload(String changed, Map<String, String> changedSalts, Map<String, String> changedRedacted) {
        return new BundleEvent(leafIndex, eventId, entityKind, entityId, sequence, type, revision, recordedAt, changed,
                changedSalts, changedRedacted, auditPath, position);
    }

    /** The plan the event belongs to, as its payload names it (null if none). */
    public String planId() {
        return shown().path("planId").textValue();
    }

    private JsonNode shown() {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("händelsen " + eventId + " har ingen läsbar JSON", e);
        }
    }
}
