package se.ledger.proof.leaf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.Rfc6962;

/**
 * One stored event as the Merkle log commits to it. Its canonical bytes are the RFC 8785 form of
 * these fields, with each free text of the payload replaced by its salted commitment
 * ({@link TextCommitment}), so a text can later be redacted without changing the leaf.
 *
 * @param payload the payload JSON exactly as the event store holds it (texts still in it, or
 *                already blanked by a redaction: the commitments decide what is hashed)
 */
public record LeafEvent(String eventId, String entityKind, String entityId, long sequence, String type,
        String revision, String recordedAt, String payload, Map<String, TextCommitment> texts) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public LeafEvent {
        texts = Map.copyOf(texts);
    }

    /** The RFC 8785 canonical JSON, UTF-8: what an auditor hashes to get the leaf. */
    public byte[] canonicalBytes() {
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("eventId", eventId);
            body.put("entityKind", entityKind);
            body.put("entityId", entityId);
            body.put("sequence", sequence);
            body.put("type", type);
            body.put("revision", revision);
            body.put("recordedAt", recordedAt);
            JsonNode content = JSON.readTree(payload);
            if (!(content instanceof ObjectNode fields)) {
                throw new IllegalArgumentException("event " + eventId + " has no JSON object as payload");
            }
            texts.forEach((field, commitment) -> {
                if (fields.has(field)) {
                    fields.put(field, commitment.committed());
                }
            });
            body.set("payload", fields);
            return new JsonCanonicalizer(JSON.writeValueAsString(body)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("event " + eventId + " cannot be put in canonical form", e);
        }
    }

    public Hash leafHash() {
        return Rfc6962.leafHash(canonicalBytes());
    }
}
