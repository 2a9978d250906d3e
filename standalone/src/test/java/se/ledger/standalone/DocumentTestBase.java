package se.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A test that enters a municipality's document ({@link DocumentFixture}) and reads its plans back. */
abstract class DocumentTestBase extends LedgerTestBase {

    protected DocumentFixture document;

    /** Enters the document's plans, goals, revisions and indicators, then its measurements. */
    protected void enter(String fixture) {
        document = new DocumentFixture(fixture, plan);
        document.enterPlansAndGoals((path, body) -> write("admin", path, body));
        document.enterMeasurements((path, body) -> write("chef", path, body));
    }

    protected String id(String documentId) {
        return document.id(documentId);
    }

    protected String planPath(String documentId) {
        return "/api/plans/" + id(documentId);
    }

    protected String prognosisOf(JsonNode plan, String goal) {
        return find(plan.get("goals"), "id", id(goal)).get("prognosis").asText();
    }

    static List<String> ids(JsonNode goals) {
        return fields(goals, "id");
    }

    static List<String> fields(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
