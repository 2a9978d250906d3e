package se.ledger.imports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.CommentAdded;
import se.ledger.events.GoalDefined;
import se.ledger.events.GoalId;
import se.ledger.events.GoalRevised;
import se.ledger.events.LedgerEvent;
import se.ledger.events.MonthMark;
import se.ledger.events.MonthReported;
import se.ledger.events.PlanId;

/**
 * Reads a plan's goals and activities from the event store, the command side's own truth: the read side may
 * lag behind, and inside the import's transaction the event store also shows what the import sent so far.
 */
@Component
class PlanContentsReader {

    private final JdbcClient jdbc;
    private final EventStore events;

    PlanContentsReader(JdbcClient jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    PlanContents read(PlanId plan) {
        var goals = new HashMap<String, PlanContents.Goal>();
        var activities = new HashMap<String, PlanContents.Activity>();
        // the command side's directory of entities: written in the same transaction as their first event
        List<Map.Entry<String, String>> entities = jdbc.sql("SELECT id, kind FROM command.entity WHERE plan_id = ?"
                        + " AND kind IN ('GOAL', 'ACTIVITY')")
                .param(plan.value()).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        for (var entity : entities) {
            List<LedgerEvent> history = history(entity.getKey());
            if (entity.getValue().equals("GOAL")) {
                goals.put(entity.getKey(), goal(history));
            } else {
                activity(history).ifPresent(a -> activities.put(entity.getKey(), a));
            }
        }
        return new PlanContents(plan.value(), goals, activities);
    }

    // from sequence 0: the stream without a sequence number would start at a snapshot, whose payload is an aggregate
    private List<LedgerEvent> history(String id) {
        return events.readEvents(id, 0).asStream().map(message -> message.getPayload())
                .filter(LedgerEvent.class::isInstance).map(LedgerEvent.class::cast).toList();
    }

    /** Later events win: a corrected definition or mark supersedes the one it corrects, as on the read side. */
    private static PlanContents.Goal goal(List<LedgerEvent> history) {
        String title = null;
        List<String> effects = List.of();
        Map<YearMonth, MonthMark> marks = new TreeMap<>();
        Set<PlanContents.Comment> comments = new HashSet<>();
        for (LedgerEvent event : history) {
            if (event instanceof GoalDefined defined) {
                title = defined.title();
                effects = defined.desiredEffects() == null ? List.of() : defined.desiredEffects();
            } else if (event instanceof GoalRevised revised && revised.title() != null) {
                title = revised.title();
            } else if (event instanceof MonthReported reported) {
                marks.put(reported.month(), reported.mark());
            } else if (event instanceof CommentAdded comment) {
                comments.add(new PlanContents.Comment(comment.effectiveDate(), comment.text(), comment.actor()));
            }
        }
        return new PlanContents.Goal(title, effects, marks, comments);
    }

    private static Optional<PlanContents.Activity> activity(List<LedgerEvent> history) {
        PlanContents.Activity latest = null;
        for (LedgerEvent event : history) {
            if (event instanceof ActivityPlanned planned) {
                var goalIds = new ArrayList<String>();
                planned.goalIds().stream().map(GoalId::value).forEach(goalIds::add);
                latest = new PlanContents.Activity(planned.title(), goalIds);
            }
        }
        return Optional.ofNullable(latest);
    }
}
