package se.ledger.bench.data;

import java.time.LocalDate;
import se.ledger.events.EntityKind;

/** What the command side's directory learns from generated events (command.plan_period, entity, goal_contribution). */
public interface Directory {

    Directory NONE = new Directory() {
        @Override
        public void plan(String planId, LocalDate periodStart, LocalDate periodEnd) {
        }

        @Override
        public void entity(String id, EntityKind kind, String planId, String parentId) {
        }

        @Override
        public void contribution(String goalId, String targetId) {
        }
    };

    void plan(String planId, LocalDate periodStart, LocalDate periodEnd);

    void entity(String id, EntityKind kind, String planId, String parentId);

    void contribution(String goalId, String targetId);
}
