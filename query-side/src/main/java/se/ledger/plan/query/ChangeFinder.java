package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledger.plan.query.PlanViews.Change;

/**
 * Compares two snapshots of a plan field by field: what an auditor asks between two decisions.
 * Each change names the event that holds its new value (or, when the value is gone, the one it
 * came from): {@link ChangeSources} turns that into who, when and why. Comments are not compared
 * here: each is an addition of its own, listed by ChangeSources.
 */
final class ChangeFinder {

    static final String ADDED = "ADDED";
    static final String CHANGED = "CHANGED";
    static final String REMOVED = "REMOVED";

    private record Key(String kind, String id, String field) {
    }

    private record Sourced(JsonNode value, String eventId) {
    }

    private ChangeFinder() {
    }

    static List<Change> between(String planId, Snapshot before, Snapshot after) {
        var old = flatten(planId, before);
        var now = flatten(planId, after);
        var keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        var changes = new ArrayList<Change>();
        for (Key key : keys) {
            Sourced was = old.get(key);
            Sourced is = now.get(key);
            JsonNode wasValue = was == null ? null : was.value();
            JsonNode isValue = is == null ? null : is.value();
            if (!Objects.equals(wasValue, isValue)) {
                String change = was == null ? ADDED : is == null ? REMOVED : CHANGED;
                String eventId = is != null ? is.eventId() : was.eventId();
                changes.add(new Change(key.kind(), key.id(), key.field(), wasValue, isValue, change, eventId, null,
                        null, null, null));
            }
        }
        return changes;
    }

    private static Map<Key, Sourced> flatten(String planId, Snapshot s) {
        var fields = new LinkedHashMap<Key, Sourced>();
        put(fields, "plan", planId, s.plan, null);
        if (s.adoption != null) {
            fields.put(new Key("plan", planId, "adoption"), new Sourced(FactValues.tree(s.adoptedBy()), null));
        }
        s.goals.forEach((id, row) -> put(fields, "goal", id, row));
        s.prognoses.forEach((id, row) -> put(fields, "goal", id, row));
        s.indicators.forEach((id, row) -> put(fields, "indicator", id, row));
        s.measurements.forEach((id, row) -> fields.put(new Key("indicator", id, "latest"),
                new Sourced(dated(row), row.eventId())));
        s.activities.forEach((id, row) -> put(fields, "activity", id, row));
        s.statuses.forEach((id, row) -> {
            put(fields, "activity", id, row);
            fields.put(new Key("activity", id, "statusDate"),
                    new Sourced(JsonNodeFactory.instance.textNode(row.validFrom().toString()), row.eventId()));
        });
        return fields;
    }

    private static void put(Map<Key, Sourced> fields, String kind, String id, FactRow row) {
        put(fields, kind, id, row.value(), row.eventId());
    }

    private static void put(Map<Key, Sourced> fields, String kind, String id, JsonNode value, String eventId) {
        if (value != null) {
            value.fields().forEachRemaining(f -> fields.put(new Key(kind, id, f.getKey()),
                    new Sourced(f.getValue(), eventId)));
        }
    }

    private static JsonNode dated(FactRow row) {
        ObjectNode node = ((ObjectNode) row.value()).deepCopy();
        node.put("effectiveDate", row.validFrom().toString());
        return node;
    }
}
