package se.ledger.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.IndicatorDefined;
import se.ledger.events.PlanId;
import se.ledger.events.PlanRegistered;

/**
 * The directory, kept by a subscribing processor so that it is written in the same transaction as
 * the events it is built from: it can never claim an entity the event store does not have.
 */
@Component
@ProcessingGroup(JdbcDirectory.PROCESSING_GROUP)
public class JdbcDirectory implements Directory {

    public static final String PROCESSING_GROUP = "command-directory";

    private final JdbcClient jdbc;
    private final DirectoryMemo memo;
    // an entity's kind and plan never change and it is never removed, so a committed answer stays true
    private final Cache<String, PlanId> committed = Caffeine.newBuilder().maximumSize(100_000).build();

    public JdbcDirectory(JdbcClient jdbc, BatchedAppends batches) {
        this.jdbc = jdbc;
        this.memo = new DirectoryMemo(batches, jdbc);
    }

    @Override
    public Optional<PlanPeriod> periodOf(PlanId plan) {
        return memo.answer("period:" + plan.value(), () -> jdbc
                .sql("SELECT period_start, period_end FROM command.plan_period WHERE plan_id = ?")
                .param(plan.value())
                .query((rs, n) -> new PlanPeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional());
    }

    @Override
    public Optional<PlanId> planOf(EntityKind kind, String id) {
        String key = kind.name() + ':' + id;
        var known = committed.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        var plan = memo.answer(DirectoryMemo.planKey(kind, id), () -> jdbc
                .sql("SELECT plan_id FROM command.entity WHERE id = ? AND kind = ?")
                .param(id).param(kind.name())
                .query((rs, n) -> new PlanId(rs.getString(1)))
                .optional());
        // only what is committed: a transaction may still roll back the entity it just created
        if (plan.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            committed.put(key, plan.get());
        }
        return plan;
    }

    @Override
    public Optional<EntityKind> kindOf(String id) {
        return memo.answer(DirectoryMemo.kindKey(id), () -> jdbc.sql("SELECT kind FROM command.entity WHERE id = ?")
                .param(id)
                .query((rs, n) -> EntityKind.valueOf(rs.getString(1)))
                .optional());
    }

    /** One query for many ids; inside a batch, later {@link #kindOf} calls for them ask no more. */
    @Override
    public Map<String, EntityKind> kindsOf(Collection<String> ids) {
        memo.writePending();
        var kinds = new HashMap<String, EntityKind>();
        jdbc.sql("SELECT id, kind FROM command.entity WHERE id = ANY(?)")
                .param(ids.toArray(String[]::new))
                .query(rs -> {
                    kinds.put(rs.getString(1), EntityKind.valueOf(rs.getString(2)));
                });
        ids.forEach(id -> memo.remember(DirectoryMemo.kindKey(id), Optional.ofNullable(kinds.get(id))));
        return kinds;
    }

    @EventHandler
    void on(PlanRegistered event) {
        jdbc.sql("INSERT INTO command.plan_period (plan_id, period_start, period_end) VALUES (?, ?, ?)"
                        + " ON CONFLICT (plan_id) DO UPDATE SET period_start = EXCLUDED.period_start,"
                        + " period_end = EXCLUDED.period_end")
                .params(event.planId().value(), event.periodStart(), event.periodEnd()).update();
        memo.remember("period:" + event.planId().value(),
                Optional.of(new PlanPeriod(event.periodStart(), event.periodEnd())));
        register(EntityKind.PLAN, event.planId().value(), event.planId());
    }

    @Override
    public Optional<String> parentOf(String goalId) {
        memo.writePending();
        return jdbc.sql("SELECT parent_id FROM command.entity WHERE id = ? AND kind = 'GOAL' AND parent_id IS NOT NULL")
                .param(goalId).query(String.class).optional();
    }

    @EventHandler
    void on(GoalDefined event) {
        String parent = event.parentGoalId() == null ? null : event.parentGoalId().value();
        if (!memo.registerLater(EntityKind.GOAL, event.goalId().value(), event.planId(), parent)) {
            register(EntityKind.GOAL, event.goalId().value(), event.planId());
            // a corrected definition may move the goal to another parent
            jdbc.sql("UPDATE command.entity SET parent_id = ? WHERE id = ?").params(parent, event.goalId().value())
                    .update();
        }
        contributions(event.goalId(), event.contributesTo() == null ? List.of() : event.contributesTo());
    }

    @Override
    public List<String> contributionsOf(String goalId) {
        return jdbc.sql("SELECT target_id FROM command.goal_contribution WHERE goal_id = ? ORDER BY target_id")
                .param(goalId).query(String.class).list();
    }

    @EventHandler
    void on(GoalRevised event) {
        if (event.contributesTo() != null) {
            contributions(event.goalId(), event.contributesTo());
        }
    }

    /** A definition names all of the goal's contributions (none when it names none); so does a revision. */
    private void contributions(GoalId goal, List<GoalId> targets) {
        jdbc.sql("DELETE FROM command.goal_contribution WHERE goal_id = ?").param(goal.value()).update();
        for (GoalId target : targets) {
            jdbc.sql("INSERT INTO command.goal_contribution (goal_id, target_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(goal.value(), target.value()).update();
        }
    }

    @EventHandler
    void on(IndicatorDefined event) {
        register(EntityKind.INDICATOR, event.indicatorId().value(), event.planId());
    }

    @EventHandler
    void on(ActivityPlanned event) {
        register(EntityKind.ACTIVITY, event.activityId().value(), event.planId());
    }

    private void register(EntityKind kind, String id, PlanId plan) {
        if (memo.registerLater(kind, id, plan, null)) {
            return;
        }
        memo.writePending();
        int added = jdbc.sql("INSERT INTO command.entity (id, kind, plan_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(id, kind.name(), plan.value()).update();
        if (added == 1) {
            memo.remember(DirectoryMemo.kindKey(id), Optional.of(kind));
            memo.remember(DirectoryMemo.planKey(kind, id), Optional.of(plan));
        } else {
            // a row that was there already stays as it was: ask the table again
            memo.forget(DirectoryMemo.kindKey(id), DirectoryMemo.planKey(kind, id));
        }
    }
}
