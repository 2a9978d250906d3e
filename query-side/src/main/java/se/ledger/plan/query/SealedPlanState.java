package se.ledger.plan.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.Set;
import se.ledger.plan.query.PlanViews.PlanView;

/**
 * The form of a plan view that a report's receipt seals (its SHA-256 after RFC 8785): the view as
 * the API answers it, written by a mapper of its own so the ledger and an offline verifier write it
 * alike, with two things left out. The opening date, which depends on the day the view is asked
 * for, not on the ledger. And the free texts (comments, explanations, motivations): their leaves
 * commit to them by salted hash, so that a redaction can remove one; sealed here they would make
 * every report showing a redacted text unverifiable. Where a text stood, the form says so.
 */
public final class SealedPlanState {

    static final String TEXT = "[fritext]";
    private static final Set<String> FREE_TEXTS = Set.of("prognosisMotivation", "explanation", "comment");
    /** Objects whose {@code text} is a free text: the latest comment, and a judgement's text. */
    private static final Map<String, String> FREE_TEXT_HOLDERS = Map.of("latestComment", "text", "latest", "text");
    /** As the API writes the view (nulls left out where a type does not say otherwise), so a client can seal what it read. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private SealedPlanState() {
    }

    public static String json(PlanView view) {
        return json((ObjectNode) JSON.valueToTree(view));
    }

    /** The same form from the plan answer as a client read it (GET /api/plans/{id}?report=…). */
    public static String json(ObjectNode answer) {
        ObjectNode tree = answer.deepCopy();
        tree.remove("openingDate");
        maskTexts(tree);
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan view of " + tree.path("id").asText() + " cannot be written as JSON",
                    e);
        }
    }

    private static void maskTexts(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (FREE_TEXTS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(object.textNode(TEXT));
                }
                String inner = FREE_TEXT_HOLDERS.get(field.getKey());
                if (inner != null && field.getValue() instanceof ObjectNode holder && holder.path(inner).isTextual()) {
                    holder.put(inner, TEXT);
                }
                maskTexts(field.getValue());
            });
        } else if (node != null && node.isArray()) {
            node.forEach(SealedPlanState::maskTexts);
        }
    }
}
