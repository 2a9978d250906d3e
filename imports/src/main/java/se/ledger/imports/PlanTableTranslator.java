package se.ledger.imports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.ledger.activity.command.PlanActivity;
import se.ledger.events.ActivityId;
import se.ledger.events.GoalId;
import se.ledger.events.MonthMark;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.goal.command.CommentOnGoal;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.ReportGoalMonth;
import se.ledger.imports.table.Area;
import se.ledger.imports.table.Person;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.table.Responsibility;
import se.ledger.plan.command.RegisterPlan;

/**
 * A municipal plan table as commands: the plan for the year, one goal per development area, its main
 * activities, its month marks and the follow-up month's status text. Ids come from the organisation, the
 * year and the area and activity numbers, so the same file always gives the same ids, in the file's order.
 */
public final class PlanTableTranslator {

    private static final String AREA = "-omrade-";

    private PlanTableTranslator() {
    }

    public static String planId(String organisation, int year) {
        return Slugs.of(organisation) + "-" + year;
    }

    public static String goalId(String planId, int area) {
        return planId + AREA + area;
    }

    /** The development area's number of a goal this translator named, if it named it. */
    public static OptionalInt areaOf(String planId, String goalId) {
        String prefix = planId + AREA;
        String number = goalId.startsWith(prefix) ? goalId.substring(prefix.length()) : "";
        return number.matches("[1-9]\\d{0,8}") ? OptionalInt.of(Integer.parseInt(number)) : OptionalInt.empty();
    }

    public static String activityId(String goalId, int number) {
        return goalId + "-aktivitet-" + number;
    }

    public static List<ImportStep> translate(PlanTable table, String organisation, int year, String actor) {
        var plan = new PlanId(planId(organisation, year));
        var steps = new ArrayList<ImportStep>();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        steps.add(new ImportStep(StepKind.PLAN, plan.value(), new RegisterPlan(plan, organisation.strip(),
                "Verksamhetsplan " + year, start, end, actor), null));
        for (Area area : table.areas()) {
            var goal = new GoalId(goalId(plan.value(), area.number()));
            int line = area.sourceLine();
            steps.add(new ImportStep(StepKind.GOAL, goal.value(), new DefineGoal(goal, plan, null, area.title(), null,
                    false, List.of(), area.desiredEffects(), null, null, actor), line));
            for (int i = 0; i < area.activities().size(); i++) {
                var activity = new ActivityId(activityId(goal.value(), i + 1));
                steps.add(new ImportStep(StepKind.ACTIVITY, activity.value(), new PlanActivity(activity, plan,
                        List.of(goal), area.activities().get(i), null, responsible(area.responsibility()),
                        partners(area.responsibility()), null, null, null, null, actor), line));
            }
            for (Map.Entry<Month, MonthMark> mark : area.marks().entrySet()) {
                steps.add(monthReport(goal, YearMonth.of(year, mark.getKey()), mark.getValue(), actor, line));
            }
            if (!area.followUpText().isBlank()) {
                steps.add(followUpComment(goal, area.followUpText(), followUpDate(table, year), actor, line));
            }
        }
        return steps;
    }

    static ImportStep monthReport(GoalId goal, YearMonth month, MonthMark mark, String actor, int line) {
        return new ImportStep(StepKind.MONTH_REPORT, goal.value(), new ReportGoalMonth(goal, month, mark, actor, null,
                null), line);
    }

    static ImportStep followUpComment(GoalId goal, String text, LocalDate date, String actor, int line) {
        return new ImportStep(StepKind.COMMENT, goal.value(), new CommentOnGoal(goal, text, date, actor, null, null),
                line);
    }

    /** The status text of the follow-up month is the area's comment as of that month's last day. */
    static LocalDate followUpDate(PlanTable table, int year) {
        return YearMonth.of(year, table.followUpMonth()).atEndOfMonth();
    }

    /** The lead answers; the group text ("Lokalgrupp (LD, DN, CK)") is the unit they act for. */
    private static Responsible responsible(Responsibility responsibility) {
        String person = blankToNull(responsibility.lead());
        String unit = blankToNull(responsibility.group());
        return person == null && unit == null ? null : new Responsible(person, unit);
    }

    /**
     * Everyone the cell names, so nothing is lost: the people the signature table resolves (the lead too,
     * which keeps their role and board) and, verbatim, the initials it does not know ("TÅ", "KLG").
     */
    static List<String> partners(Responsibility responsibility) {
        var partners = new ArrayList<String>();
        for (Person person : responsibility.people()) {
            partners.add(describe(person));
        }
        partners.addAll(responsibility.unresolvedInitials());
        return partners;
    }

    static String describe(Person person) {
        String role = blankToNull(person.role());
        String board = blankToNull(person.board());
        if (role == null && board == null) {
            return person.name();
        }
        return person.name() + " (" + (role == null ? board : board == null ? role : role + ", " + board) + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
