package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityKind;

/** A plan's facts on one date, sorted by what they are about. */
final class Snapshot {

    final LocalDate date;
    JsonNode plan;
    FactRow adoption;
    FactRow prognosisRule;
    final Map<String, FactRow> goals = new LinkedHashMap<>();
    final Map<String, FactRow> indicators = new LinkedHashMap<>();
    final Map<String, FactRow> activities = new LinkedHashMap<>();
    final Map<String, FactRow> statuses = new HashMap<>();
    final Map<String, FactRow> prognoses = new HashMap<>();
    final Map<String, FactRow> measurements = new HashMap<>();
    final Map<String, FactRow> comments = new HashMap<>();
    final Map<String, Map<String, JsonNode>> marks = new HashMap<>();

    private Snapshot(LocalDate date) {
        this.date = date;
    }

    /** From facts that may span many dates: keeps those valid on the date. */
    static Snapshot of(List<FactRow> rows, LocalDate date) {
        var snapshot = new Snapshot(date);
        for (FactRow row : rows) {
            if (row.validAt(date)) {
                snapshot.add(row);
            }
        }
        return snapshot;
    }

    private void add(FactRow row) {
        String attribute = row.attribute();
        if (attribute.startsWith(Assertions.MARK_PREFIX)) {
            marks.computeIfAbsent(row.entityId(), k -> new HashMap<>())
                    .put(attribute.substring(Assertions.MARK_PREFIX.length()), row.value());
            return;
        }
        switch (attribute) {
            case Timeline.DEFINITION -> {
                if (row.kind() == EntityKind.PLAN) {
                    plan = row.value();
                } else if (!ended(row)) {
                    definitions(row.kind()).put(row.entityId(), row);
                }
            }
            case Assertions.STATUS -> statuses.put(row.entityId(), row);
            case Assertions.PROGNOSIS -> prognoses.put(row.entityId(), row);
            case Assertions.MEASUREMENT -> measurements.put(row.entityId(), row);
            case Assertions.COMMENT -> comments.put(row.entityId(), row);
            case Assertions.ADOPTION -> adoption = row;
            case Assertions.PROGNOSIS_RULE -> prognosisRule = row;
            default -> { }
        }
    }

    /** Past its last day (validTo) a goal or an indicator is no part of the plan on this date; its trail keeps it. */
    private boolean ended(FactRow row) {
        LocalDate validTo = switch (row.kind()) {
            case GOAL -> FactValues.read(row, FactValues.GoalDefinition.class).validTo();
            case INDICATOR -> FactValues.read(row, FactValues.IndicatorDefinition.class).validTo();
            default -> null;
        };
        return validTo != null && date.isAfter(validTo);
    }

    /** The decision that adopted the plan, if it was adopted by the date. */
    DecisionRef adoptedBy() {
        return adoption == null ? null : FactValues.read(adoption, FactValues.DecisionValue.class).decision();
    }

    private Map<String, FactRow> definitions(EntityKind kind) {
        return switch (kind) {
            case GOAL -> goals;
            case INDICATOR -> indicators;
            case ACTIVITY -> activities;
            case PLAN -> throw new IllegalArgumentException("a plan is not listed among its own entities");
        };
    }
}
