package se.ledger.plan.query.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.ledger.events.EntityKind;
import se.ledger.platform.InvalidInput;

/**
 * The parameters of a plan's event list: {@code include=children} adds the events of its goals,
 * indicators and activities; {@code kind=goal,indicator} (singular, comma-separated; plan too)
 * keeps only the events of those kinds and implies children. Empty: the entity's own trail.
 */
final class TrailFilter {

    private TrailFilter() {
    }

    static Optional<Set<EntityKind>> kinds(EntityKind of, String include, String kinds) {
        boolean children = include != null && !include.isBlank();
        if (children && !include.equals("children")) {
            throw new InvalidInput("include", "okänt värde '" + include + "' (tillåtet: children)");
        }
        if (!children && (kinds == null || kinds.isBlank())) {
            return Optional.empty();
        }
        if (of != EntityKind.PLAN) {
            throw new InvalidInput(children ? "include" : "kind", "bara en plans händelselista har underordnade");
        }
        if (kinds == null || kinds.isBlank()) {
            return Optional.of(EnumSet.allOf(EntityKind.class));
        }
        var set = EnumSet.noneOf(EntityKind.class);
        for (String name : kinds.split(",")) {
            try {
                set.add(EntityKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kind", "okänt slag '" + name.trim() + "' (plan, goal, indicator, activity)");
            }
        }
        return Optional.of(set);
    }
}
