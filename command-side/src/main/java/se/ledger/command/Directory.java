package se.ledger.command;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;

/** What the command side knows exists, for rules that span aggregates. */
public interface Directory {

    Optional<PlanPeriod> periodOf(PlanId plan);

    /** The plan an entity of the given kind belongs to; empty if no such entity exists. */
    Optional<PlanId> planOf(EntityKind kind, String id);

    /** Whatever kind the id is used for, if any (ids are unique across kinds). */
    Optional<EntityKind> kindOf(String id);

    /** {@link #kindOf} of many ids at once: the ids in use, with their kinds. */
    default Map<String, EntityKind> kindsOf(Collection<String> ids) {
        var kinds = new HashMap<String, EntityKind>();
        ids.forEach(id -> kindOf(id).ifPresent(kind -> kinds.put(id, kind)));
        return kinds;
    }

    /** The goal's parent goal, if it has one. */
    Optional<String> parentOf(String goalId);

    /** The goals of other plans the goal contributes to (bidrar till), as last defined or revised. */
    List<String> contributionsOf(String goalId);
}
