package se.ledger.imports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.imports.table.Area;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.text.ImportProblem;
import se.ledger.platform.Vocabulary;

/**
 * A later version of a plan table against the plan it was imported as: what the file adds (month marks for months
 * without one, the follow-up month's status text) and where it contradicts the plan. A follow-up only adds: a
 * changed title, effect, activity or month mark is decided or corrected in the ledger, with its reason, never
 * overwritten by a file; and what the plan already holds is never stored again.
 */
public final class PlanDelta {

    /** Nothing may be sent while {@code contradictions} is not empty. */
    public record Result(List<ImportStep> steps, List<FollowUpAddition> added, List<ImportProblem> contradictions) {
    }

    private static final String TITLE_CELL = "2";
    private static final String EFFECT_CELL = "3";
    private static final String ACTIVITY_CELL = "4";

    private final PlanTable table;
    private final PlanContents plan;
    private final int year;
    private final String actor;
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<FollowUpAddition> added = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private PlanDelta(PlanTable table, PlanContents plan, int year, String actor) {
        this.table = table;
        this.plan = plan;
        this.year = year;
        this.actor = actor;
    }

    public static Result of(PlanTable table, PlanContents plan, int year, String actor) {
        var delta = new PlanDelta(table, plan, year, actor);
        delta.areasTheFileLacks();
        for (Area area : table.areas()) {
            delta.compare(area);
        }
        return new Result(List.copyOf(delta.steps), List.copyOf(delta.added), List.copyOf(delta.problems));
    }

    private void areasTheFileLacks() {
        plan.goals().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(goal -> PlanTableTranslator
                .areaOf(plan.planId(), goal.getKey()).ifPresent(number -> {
                    if (table.areas().stream().noneMatch(a -> a.number() == number)) {
                        problems.add(new ImportProblem(lineNear(number), null, "utvecklingsområde " + number + " ('"
                                + goal.getValue().title() + "') finns i planen men saknas i filen"));
                    }
                }));
    }

    /** Where the missing area would stand: at the next area's line, or the last one's. */
    private int lineNear(int number) {
        return table.areas().stream().filter(a -> a.number() > number).findFirst()
                .or(() -> table.areas().stream().reduce((a, b) -> b)).map(Area::sourceLine).orElse(1);
    }

    private void compare(Area area) {
        var goalId = new GoalId(PlanTableTranslator.goalId(plan.planId(), area.number()));
        Optional<PlanContents.Goal> found = plan.goal(goalId.value());
        if (found.isEmpty()) {
            problem(area, "1", "utvecklingsområde " + area.number() + " ('" + area.title() + "') finns inte i planen "
                    + plan.planId() + "; en uppföljning lägger bara till månadsmarkeringar och statustexter i planens "
                    + "utvecklingsområden");
            return;
        }
        PlanContents.Goal goal = found.get();
        if (!area.title().equals(goal.title())) {
            problem(area, TITLE_CELL, "titeln är '" + area.title() + "' i filen men '" + goal.title() + "' i planen; "
                    + "en ny titel beslutas som en revidering av målet");
        }
        if (!area.desiredEffects().equals(goal.desiredEffects())) {
            problem(area, EFFECT_CELL, "Önskad effekt skiljer sig från planens (" + firstDifference(
                    area.desiredEffects(), goal.desiredEffects()) + "); nya effekter beslutas som en revidering av målet");
        }
        compareActivities(area, goalId.value());
        var marks = new ArrayList<FollowUpAddition.Mark>();
        compareMarks(area, goalId, goal, marks);
        var comments = new ArrayList<FollowUpAddition.Comment>();
        compareText(area, goalId, goal, comments);
        if (!marks.isEmpty() || !comments.isEmpty()) {
            added.add(new FollowUpAddition(goalId.value(), area.title(), area.sourceLine(), marks, comments));
        }
    }

    private void compareActivities(Area area, String goalId) {
        List<String> titles = area.activities();
        for (int i = 0; i < titles.size(); i++) {
            Optional<PlanContents.Activity> activity = plan.activity(PlanTableTranslator.activityId(goalId, i + 1));
            String title = titles.get(i);
            if (activity.isEmpty()) {
                problem(area, ACTIVITY_CELL, "aktivitet " + (i + 1) + " ('" + title + "') finns inte i planen; en ny "
                        + "aktivitet läggs till i planen, inte genom en uppföljning");
            } else if (!title.equals(activity.get().title())) {
                problem(area, ACTIVITY_CELL, "aktivitet " + (i + 1) + " heter '" + title + "' i filen men '"
                        + activity.get().title() + "' i planen");
            } else if (!activity.get().goalIds().contains(goalId)) {
                problem(area, ACTIVITY_CELL, "aktivitet " + (i + 1) + " ('" + title + "') hör i planen till "
                        + String.join(", ", activity.get().goalIds()) + ", inte till utvecklingsområde "
                        + area.number());
            }
        }
        for (int n = titles.size() + 1; plan.activity(PlanTableTranslator.activityId(goalId, n)).isPresent(); n++) {
            problem(area, ACTIVITY_CELL, "aktivitet " + n + " ('" + plan.activity(PlanTableTranslator.activityId(
                    goalId, n)).get().title() + "') finns i planen men saknas i filen");
        }
    }

    private void compareMarks(Area area, GoalId goalId, PlanContents.Goal goal, List<FollowUpAddition.Mark> marks) {
        for (Map.Entry<Month, MonthMark> mark : area.marks().entrySet()) {
            YearMonth month = YearMonth.of(year, mark.getKey());
            MonthMark current = goal.marks().get(month);
            if (current == null) {
                steps.add(PlanTableTranslator.monthReport(goalId, month, mark.getValue(), actor, area.sourceLine()));
                marks.add(new FollowUpAddition.Mark(month, mark.getValue()));
            } else if (current != mark.getValue()) {
                problem(area, null, "månadsmarkeringen för " + monthName(month) + " är "
                        + Vocabulary.symbol(mark.getValue()) + " i filen men " + Vocabulary.symbol(current)
                        + " i planen; en markering ändras genom en rättelse med skäl, inte genom en uppföljning");
            }
        }
        goal.marks().forEach((month, current) -> {
            if (month.getYear() == year && month.getMonth().compareTo(table.followUpMonth()) <= 0
                    && !area.marks().containsKey(month.getMonth())) {
                problem(area, null, "planen har månadsmarkeringen " + Vocabulary.symbol(current) + " för "
                        + monthName(month) + " men filen har ingen");
            }
        });
    }

    private void compareText(Area area, GoalId goalId, PlanContents.Goal goal, List<FollowUpAddition.Comment> added) {
        String text = area.followUpText();
        if (text.isBlank()) {
            return;
        }
        LocalDate date = PlanTableTranslator.followUpDate(table, year);
        if (goal.comments().stream().anyMatch(c -> c.effectiveDate().equals(date) && c.text().equals(text))) {
            return;
        }
        Optional<PlanContents.Comment> imported = goal.comments().stream().filter(c -> c.effectiveDate().equals(date)
                && c.actor() != null && c.actor().startsWith("import:")).findFirst();
        if (imported.isPresent()) {
            problem(area, null, "statustexten för " + monthName(YearMonth.from(date)) + " finns redan i planen med "
                    + "en annan lydelse (från " + imported.get().actor() + "); en ny kommentar skrivs i liggaren");
            return;
        }
        steps.add(PlanTableTranslator.followUpComment(goalId, text, date, actor, area.sourceLine()));
        added.add(new FollowUpAddition.Comment(date, text));
    }

    private void problem(Area area, String cell, String reason) {
        problems.add(new ImportProblem(area.sourceLine(), cell, "utvecklingsområde " + area.number() + ": " + reason));
    }

    private static String monthName(YearMonth month) {
        return Vocabulary.month(month.getMonthValue(), false) + " " + month.getYear();
    }

    private static String firstDifference(List<String> file, List<String> plan) {
        for (int i = 0; i < Math.max(file.size(), plan.size()); i++) {
            String inFile = i < file.size() ? "'" + file.get(i) + "'" : "inget";
            String inPlan = i < plan.size() ? "'" + plan.get(i) + "'" : "inget";
            if (!inFile.equals(inPlan)) {
                return "punkt " + (i + 1) + ": " + inFile + " i filen, " + inPlan + " i planen";
            }
        }
        return "";
    }
}
