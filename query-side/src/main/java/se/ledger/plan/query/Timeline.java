package se.ledger.plan.query;

import static se.ledger.platform.EventCatalogue.nameOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.GoalDefined;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.PlanRegistered;

/**
 * Turns the standing assertions about one attribute into its timeline by effective date. Most
 * attributes are replaced by each assertion; a definition is revised field by field, so its
 * assertions are merged onto the one that defined it.
 */
public final class Timeline {

    static final String DEFINITION = "definition";
    private static final Set<String> DEFINING_TYPES = Set.of(nameOf(PlanRegistered.class), nameOf(GoalDefined.class),
            nameOf(IndicatorDefined.class), nameOf(ActivityPlanned.class));

    private Timeline() {
    }

    public static List<Segment> of(String attribute, List<Assertion> standing) {
        var ordered = new ArrayList<>(standing);
        ordered.sort(Comparator.comparing(Assertion::effectiveDate)
                .thenComparing(Assertion::recordedAt)
                .thenComparingLong(Assertion::position));
        boolean merge = DEFINITION.equals(attribute);
        var segments = new ArrayList<Segment>();
        ObjectNode folded = null;
        for (int i = 0; i < ordered.size(); i++) {
            Assertion current = ordered.get(i);
            if (merge) {
                if (DEFINING_TYPES.contains(current.type())) {
                    folded = current.value().deepCopy();
                } else if (folded != null) {
                    folded = folded.deepCopy().setAll((ObjectNode) current.value());
                }
            }
            var next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            if (next != null && next.effectiveDate().equals(current.effectiveDate())) {
                continue; // overtaken on the same day by a later recording
            }
            var value = merge ? folded : current.value();
            if (value != null) {
                segments.add(new Segment(current.effectiveDate(), next == null ? null : next.effectiveDate(), value,
                        current.eventId()));
            }
        }
        return segments;
    }
}
