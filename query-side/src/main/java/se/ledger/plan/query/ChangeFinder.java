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

/** Compares two snapshots of a plan field by field: what an auditor asks between two decisions. */
final class ChangeFinder {

    private record Key(String kind, String id, String field) {
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
            JsonNode was = old.get(key);
            JsonNode is = now.get(key);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(key.kind(), key.id(), key.field(), was, is));
            }
        }
        return changes;
    }

    private static Map<Key, JsonNode> flatten(String planId, Snapshot s) {
        var fields = new LinkedHashMap<Key, JsonNode>();
        put(fields, "plan", planId, s.plan);
        if (s.adoption != null) {
            fields.put(new Key("plan", planId, "adoption"), s.adoption);
        }
        s.goals.forEach((id, row) -> put(fields, "goal", id, row.value()));
        s.prognoses.forEach((id, row) -> put(fields, "goal", id, row.value()));
        s.indicators.forEach((id, row) -> put(fields, "indicator", id, row.value()));
        s.measurements.forEach((id, row) -> fields.put(new Key("indicator", id, "latest"), dated(row)));
        s.activities.forEach((id, row) -> put(fields, "activity", id, row.value()));
        s.statuses.forEach((id, row) -> {
            put(fields, "activity", id, row.value());
            fields.put(new Key("activity", id, "statusDate"), JsonNodeFactory.instance.textNode(row.validFrom().toString()));
        });
        s.comments.forEach((id, row) -> fields.put(new Key(kindOf(s, id), id, "latestComment"), dated(row)));
        return fields;
    }

    private static void put(Map<Key, JsonNode> fields, String kind, String id, JsonNode value) {
        if (value != null) {
            value.fields().forEachRemaining(f -> fields.put(new Key(kind, id, f.getKey()), f.getValue()));
        }
    }

    private static JsonNode dated(FactRow row) {
        ObjectNode node = ((ObjectNode) row.value()).deepCopy();
        node.put("effectiveDate", row.validFrom().toString());
        return node;
    }

    private static String kindOf(Snapshot s, String id) {
        return s.goals.containsKey(id) ? "goal" : s.indicators.containsKey(id) ? "indicator" : "activity";
    }
}
