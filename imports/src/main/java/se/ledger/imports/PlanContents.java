package se.ledger.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledger.events.MonthMark;

/**
 * What the ledger holds now for the goals and activities a plan table made (their ids follow
 * {@link PlanTableTranslator}), as a follow-up import compares the file with it.
 *
 * @param goals      by goal id
 * @param activities by activity id
 */
public record PlanContents(String planId, Map<String, Goal> goals, Map<String, Activity> activities) {

    public PlanContents {
        goals = Map.copyOf(goals);
        activities = Map.copyOf(activities);
    }

    /** A goal as it stands: its latest title and desired effects, the current mark per month, every comment. */
    public record Goal(String title, List<String> desiredEffects, Map<YearMonth, MonthMark> marks,
            Set<Comment> comments) {

        public Goal {
            desiredEffects = List.copyOf(desiredEffects);
            marks = Map.copyOf(marks);
            comments = Set.copyOf(comments);
        }
    }

    public record Activity(String title, List<String> goalIds) {

        public Activity {
            goalIds = List.copyOf(goalIds);
        }
    }

    public record Comment(LocalDate effectiveDate, String text, String actor) {
    }

    public Optional<Goal> goal(String id) {
        return Optional.ofNullable(goals.get(id));
    }

    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }
}
