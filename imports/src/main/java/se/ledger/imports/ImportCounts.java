package se.ledger.imports;

import java.util.List;

/** How many of each kind an import created (or, in a dry run, would create). */
public record ImportCounts(int plans, int goals, int indicators, int activities, int statuses, int monthReports,
        int comments, int measurements) {

    public static ImportCounts of(List<ImportStep> steps) {
        int[] n = new int[StepKind.values().length];
        steps.forEach(step -> n[step.kind().ordinal()]++);
        return new ImportCounts(n[StepKind.PLAN.ordinal()], n[StepKind.GOAL.ordinal()],
                n[StepKind.INDICATOR.ordinal()], n[StepKind.ACTIVITY.ordinal()], n[StepKind.STATUS.ordinal()],
                n[StepKind.MONTH_REPORT.ordinal()], n[StepKind.COMMENT.ordinal()], n[StepKind.MEASUREMENT.ordinal()]);
    }
}
