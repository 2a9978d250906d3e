package se.ledger.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.ledger.activity.command.ChangeActivityStatus;
import se.ledger.activity.command.PlanActivity;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Baseline;
import se.ledger.events.GoalId;
import se.ledger.events.IndicatorId;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.GoalTexts;
import se.ledger.goal.command.ReviseGoal;
import se.ledger.imports.csv.SheetActivity;
import se.ledger.imports.csv.SheetActivityStatus;
import se.ledger.imports.csv.SheetGoal;
import se.ledger.imports.csv.SheetIndicator;
import se.ledger.imports.csv.SheetMeasurement;
import se.ledger.imports.csv.SheetPlan;
import se.ledger.imports.csv.SheetValidity;
import se.ledger.imports.csv.SpreadsheetImport;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.indicator.command.DefineIndicator;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.indicator.command.ReviseIndicator;
import se.ledger.plan.command.RegisterPlan;

/**
 * A plan spreadsheet as commands, ids as the file gives them: plans, goals (parents and contributed-to goals
 * first), indicators, each end (gäller till) as a revision by its decision right after its definition,
 * activities with their reported status, measurements.
 */
public final class SpreadsheetTranslator {

    /** The API's rule for client ids, so that every imported entity can be addressed in a URL. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private SpreadsheetTranslator() {
    }

    /** @throws ImportRejected when an id cannot be a ledger id */
    public static List<ImportStep> translate(SpreadsheetImport sheet, String actor) {
        checkIds(sheet);
        var steps = new ArrayList<ImportStep>();
        for (SheetPlan plan : sheet.plans()) {
            steps.add(new ImportStep(StepKind.PLAN, plan.id(), new RegisterPlan(new PlanId(plan.id()),
                    plan.organisation(), plan.title(), plan.periodStart(), plan.periodEnd(), actor, null, null,
                    plan.level()), plan.sourceLine()));
        }
        for (SheetGoal goal : parentsFirst(sheet)) {
            steps.add(new ImportStep(StepKind.GOAL, goal.id(), defineGoal(goal, actor), goal.sourceLine()));
            if (goal.validity() != null) {
                steps.add(new ImportStep(StepKind.REVISION, goal.id(), new ReviseGoal(new GoalId(goal.id()), null,
                        null, goal.validity().decision(), reason(goal.validity()), null, actor, null, null, null,
                        goal.validity().validTo()), goal.sourceLine()));
            }
        }
        for (SheetIndicator indicator : sheet.indicators()) {
            steps.add(new ImportStep(StepKind.INDICATOR, indicator.id(), defineIndicator(indicator, actor),
                    indicator.sourceLine()));
            if (indicator.validity() != null) {
                steps.add(new ImportStep(StepKind.REVISION, indicator.id(), new ReviseIndicator(
                        new IndicatorId(indicator.id()), indicator.validity().validTo(), null,
                        indicator.validity().decision(), reason(indicator.validity()), null, actor, null, null),
                        indicator.sourceLine()));
            }
        }
        for (SheetActivity activity : sheet.activities()) {
            steps.add(new ImportStep(StepKind.ACTIVITY, activity.id(), planActivity(sheet, activity, actor),
                    activity.sourceLine()));
        }
        for (SheetActivity activity : sheet.activities()) {
            // every activity starts not started, so that status is no news
            if (activity.status() != null && activity.status() != SheetActivityStatus.NOT_STARTED) {
                steps.add(new ImportStep(StepKind.STATUS, activity.id(), new ChangeActivityStatus(
                        new ActivityId(activity.id()), ActivityStatus.valueOf(activity.status().name()),
                        activity.explanation(), activity.statusDate(), actor, null, null), activity.sourceLine()));
            }
        }
        for (SheetMeasurement m : sheet.measurements()) {
            steps.add(new ImportStep(StepKind.MEASUREMENT, m.indicatorId(), new RecordMeasurement(
                    new IndicatorId(m.indicatorId()), m.value(), m.noNewData(), null, m.comment(), m.date(), actor,
                    null, null, m.judgement()), m.sourceLine()));
        }
        return steps;
    }

    private static DefineGoal defineGoal(SheetGoal goal, String actor) {
        var texts = new GoalTexts(goal.contributesTo().isEmpty() ? null
                : goal.contributesTo().stream().map(GoalId::new).toList(), goal.purpose(),
                goal.strategies().isEmpty() ? null : goal.strategies(), goal.risks().isEmpty() ? null : goal.risks());
        return new DefineGoal(new GoalId(goal.id()), new PlanId(goal.planId()),
                goal.parentGoalId() == null ? null : new GoalId(goal.parentGoalId()), goal.title(), goal.area(),
                goal.directionGoal(), goal.sdgs(), goal.desiredEffects(), goal.ambition(), null, actor, null, null,
                texts.isEmpty() ? null : texts);
    }

    private static String reason(SheetValidity validity) {
        return "Gäller till och med " + validity.validTo() + " enligt beslut " + validity.decision().citation()
                + " i importerad fil";
    }

    private static DefineIndicator defineIndicator(SheetIndicator indicator, String actor) {
        var target = indicator.target();
        Baseline baseline = null;
        if (indicator.baselineValue() != null || indicator.baselineText() != null) {
            baseline = new Baseline(indicator.baselineValue(), indicator.baselineText(), indicator.baselineDate());
        }
        return new DefineIndicator(new IndicatorId(indicator.id()), new GoalId(indicator.goalId()), indicator.name(),
                indicator.unit(), baseline, target == null ? null : target.toTarget(), indicator.source(), null, actor,
                null, null, indicator.kind(),
                indicator.yearTargets().isEmpty() ? null : indicator.yearTargets());
    }

    /** The activity belongs to the plan of its first goal; goals of other plans are refused by the ledger. */
    private static PlanActivity planActivity(SpreadsheetImport sheet, SheetActivity activity, String actor) {
        String plan = sheet.goal(activity.goalIds().get(0)).orElseThrow().planId();
        return new PlanActivity(new ActivityId(activity.id()), new PlanId(plan),
                activity.goalIds().stream().map(GoalId::new).toList(), activity.title(), activity.description(),
                new Responsible(activity.responsible(), activity.unit()), activity.partners(), activity.start(),
                activity.end(), activity.desiredState(), null, actor);
    }

    /**
     * A sub-goal names its parent, a goal the goals it contributes to, which must exist first; the parser has ruled
     * out cycles.
     */
    private static List<SheetGoal> parentsFirst(SpreadsheetImport sheet) {
        var ordered = new ArrayList<SheetGoal>();
        Set<String> placed = new HashSet<>();
        for (SheetGoal goal : sheet.goals()) {
            place(sheet, goal, placed, ordered);
        }
        return ordered;
    }

    private static void place(SpreadsheetImport sheet, SheetGoal goal, Set<String> placed, List<SheetGoal> ordered) {
        if (placed.contains(goal.id())) {
            return;
        }
        placed.add(goal.id());
        if (goal.parentGoalId() != null) {
            sheet.goal(goal.parentGoalId()).ifPresent(parent -> place(sheet, parent, placed, ordered));
        }
        // a goal it contributes to in the file must be defined first, as a parent must
        goal.contributesTo().forEach(id -> sheet.goal(id).ifPresent(target -> place(sheet, target, placed, ordered)));
        ordered.add(goal);
    }

    private static void checkIds(SpreadsheetImport sheet) {
        var problems = new ArrayList<ImportProblem>();
        sheet.plans().forEach(p -> checkId(p.id(), p.sourceLine(), problems));
        sheet.goals().forEach(g -> checkId(g.id(), g.sourceLine(), problems));
        sheet.indicators().forEach(i -> checkId(i.id(), i.sourceLine(), problems));
        sheet.activities().forEach(a -> checkId(a.id(), a.sourceLine(), problems));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
            throw new ImportRejected(sheet.fileName(), problems);
        }
    }

    private static void checkId(String id, int line, List<ImportProblem> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(new ImportProblem(line, "id", "'" + id + "' kan inte vara ett id: högst 100 tecken, "
                    + "bokstäver a–z utan å, ä och ö, siffror och . _ : - (börja med en bokstav eller siffra)"));
        }
    }
}
