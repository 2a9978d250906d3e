package se.ledger.events;

/** A reference to any entity of the ledger, for events that can concern several kinds. */
public record EntityRef(EntityKind kind, String id) {
    public static EntityRef plan(PlanId id) {
        return new EntityRef(EntityKind.PLAN, id.value());
    }

    public static EntityRef goal(GoalId id) {
        return new EntityRef(EntityKind.GOAL, id.value());
    }

    public static EntityRef indicator(IndicatorId id) {
        return new EntityRef(EntityKind.INDICATOR, id.value());
    }

    public static EntityRef activity(ActivityId id) {
        return new EntityRef(EntityKind.ACTIVITY, id.value());
    }
}
