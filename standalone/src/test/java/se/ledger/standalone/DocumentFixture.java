package se.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A municipality's document written down as API requests (src/test/resources/fixtures): plans, goals,
 * revisions, indicators and measurements, entered in that order as a user would. Every id gets the
 * test's tag, so that the same document can be entered again in the same database.
 */
public final class DocumentFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ID_FIELDS = Set.of("id", "parentGoalId", "plan", "goal", "indicator");

    private final JsonNode document;
    private final String tag;

    public DocumentFixture(String resource, String tag) {
        this.tag = tag;
        try (var in = DocumentFixture.class.getResourceAsStream("/fixtures/" + resource)) {
            this.document = tagged(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id the document's id has in this test. */
    public String id(String documentId) {
        return tag + "-" + documentId;
    }

    /** Enters everything but the measurements: (path, body) for each write, as admin. */
    public void enterPlansAndGoals(BiConsumer<String, String> admin) {
        for (JsonNode plan : document.path("plans")) {
            admin.accept("/api/plans", plan.toString());
        }
        for (JsonNode goal : document.path("goals")) {
            admin.accept("/api/plans/" + goal.get("plan").asText() + "/goals", without(goal, "plan"));
        }
        for (JsonNode revision : document.path("revisions")) {
            admin.accept("/api/goals/" + revision.get("goal").asText() + "/revisions", without(revision, "goal"));
        }
        for (JsonNode indicator : document.path("indicators")) {
            admin.accept("/api/goals/" + indicator.get("goal").asText() + "/indicators", without(indicator, "goal"));
        }
    }

    /** Enters the follow-up values: (path, body) for each write, as a manager. */
    public void enterMeasurements(BiConsumer<String, String> manager) {
        for (JsonNode measurement : document.path("measurements")) {
            manager.accept("/api/indicators/" + measurement.get("indicator").asText() + "/measurements",
                    without(measurement, "indicator"));
        }
    }

    private static String without(JsonNode node, String field) {
        var copy = ((ObjectNode) node).deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    private JsonNode tagged(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (ID_FIELDS.contains(name) && value.isTextual()) {
                    object.put(name, id(value.asText()));
                } else if (name.equals("contributesTo") && value instanceof ArrayNode ids) {
                    var tagged = object.putArray(name);
                    ids.forEach(id -> tagged.add(id(id.asText())));
                } else {
                    tagged(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::tagged);
        }
        return node;
    }
}
