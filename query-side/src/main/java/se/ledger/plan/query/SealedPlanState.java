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
 * alike, with what does not belong to the ledger's state left out. Form 1 leaves out the opening
 * date, which depends on the day the view is asked for, and the free texts (comments, explanations,
 * motivations): their leaves commit to them by salted hash, so that a redaction can remove one;
 * sealed here they would make every report showing a redacted text unverifiable. Where a text
 * stood, the form says so. Form 2 (the current one) leaves out too the sentences the read side
 * words from the codes and values it seals (a status's label, the prognosis's reasons and summary):
 * a reworded label would have changed every earlier receipt, and a qualitative judgement's reason
 * quotes its free text. Receipts name the form they were sealed in; both stay computable, so a
 * receipt keeps verifying after the ledger is upgraded (SealedPlanStateFormTest pins them).
 */
public final class SealedPlanState {

    public static final int CURRENT_FORM = 2;

    static final String TEXT = "[fritext]";
    private static final Set<String> FREE_TEXTS = Set.of("prognosisMotivation", "explanation", "comment");
    /** Objects whose {@code text} is a free text: the latest comment, and a judgement's text. */
    private static final Map<String, String> FREE_TEXT_HOLDERS = Map.of("latestComment", "text", "latest", "text");
    /** Worded by the read side from sealed codes and values (form 2 on). */
    private static final Set<String> WORDED = Set.of("statusLabel", "assessmentReason", "prognosisSummary");
    /** Arrays whose elements carry a worded {@code text} beside their codes (form 2 on). */
    private static final Map<String, String> WORDED_HOLDERS = Map.of("prognosisReasons", "text");
    /** As the API writes the view (nulls left out where a type does not say otherwise), so a client can seal what it read. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private SealedPlanState() {
    }

    public static String json(PlanView view) {
        return json(view, CURRENT_FORM);
    }

    public static String json(PlanView view, int form) {
        return json((ObjectNode) JSON.valueToTree(view), form);
    }

    /** The same form from the plan answer as a client read it (GET /api/plans/{id}?report=…). */
    public static String json(ObjectNode answer) {
        return json(answer, CURRENT_FORM);
    }

    public static String json(ObjectNode answer, int form) {
        if (form < 1 || form > CURRENT_FORM) {
            throw new IllegalArgumentException("tillståndets form " + form + " är okänd för denna version av"
                    + " liggaren: en nyare liggare förseglade det (använd dess verify)");
        }
        ObjectNode tree = answer.deepCopy();
        tree.remove("openingDate");
        leaveOut(tree, form);
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan view of " + tree.path("id").asText() + " cannot be written as JSON",
                    e);
        }
    }

    private static void leaveOut(JsonNode node, int form) {
        if (node instanceof ObjectNode object) {
            if (form >= 2) {
                object.remove(WORDED);
                WORDED_HOLDERS.forEach((array, inner) -> object.path(array).forEach(element -> {
                    if (element instanceof ObjectNode holder) {
                        holder.remove(inner);
                    }
                }));
            }
            object.properties().forEach(field -> {
                if (FREE_TEXTS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(object.textNode(TEXT));
                }
                String inner = FREE_TEXT_HOLDERS.get(field.getKey());
                if (inner != null && field.getValue() instanceof ObjectNode holder && holder.path(inner).isTextual()) {
                    holder.put(inner, TEXT);
                }
                leaveOut(field.getValue(), form);
            });
        } else if (node != null && node.isArray()) {
            node.forEach(element -> leaveOut(element, form));
        }
    }
}
