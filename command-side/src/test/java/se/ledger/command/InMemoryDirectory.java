package se.ledger.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.events.EntityKind;
import se.ledger.events.EntityRef;
import se.ledger.events.PlanId;

/** The directory for aggregate tests, where no database runs. */
public class InMemoryDirectory implements Directory {

    private final Map<PlanId, PlanPeriod> periods = new HashMap<>();
    private final Map<String, EntityRef> entities = new HashMap<>();
    private final Map<String, PlanId> plans = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    private final Map<String, List<String>> contributions = new HashMap<>();

    public InMemoryDirectory contributes(String goal, String... targets) {
        contributions.put(goal, List.of(targets));
        return this;
    }

    @Override
    public List<String> contributionsOf(String goalId) {
        return contributions.getOrDefault(goalId, List.of());
    }

    public InMemoryDirectory parent(String goal, String parent) {
        parents.put(goal, parent);
        return this;
    }

    @Override
    public Optional<String> parentOf(String goalId) {
        return Optional.ofNullable(parents.get(goalId));
    }

    public InMemoryDirectory plan(String id, String start, String end) {
        periods.put(new PlanId(id), new PlanPeriod(LocalDate.parse(start), LocalDate.parse(end)));
        return entity(EntityKind.PLAN, id, id);
    }

    public InMemoryDirectory entity(EntityKind kind, String id, String plan) {
        entities.put(id, new EntityRef(kind, id));
        plans.put(id, new PlanId(plan));
        return this;
    }

    @Override
    public Optional<PlanPeriod> periodOf(PlanId plan) {
        return Optional.ofNullable(periods.get(plan));
    }

    @Override
    public Optional<PlanId> planOf(EntityKind kind, String id) {
        var entity = entities.get(id);
        return entity != null && entity.kind() == kind ? Optional.of(plans.get(id)) : Optional.empty();
    }

    @Override
    public Optional<EntityKind> kindOf(String id) {
        return Optional.ofNullable(entities.get(id)).map(EntityRef::kind);
    }
}
