package se.ledger.reports.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledger.plan.query.PlanViews.GoalView;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;
import se.ledger.reports.document.Block.Text;
import se.ledger.reports.document.Block.Title;

/**
 * The report in the order a delårsrapport has it: title and summary on the first page, then each
 * målområde with its goals, then the month grid as an appendix.
 */
public final class ReportOutline {

    private ReportOutline() {
    }

    public static List<Block> of(ReportContent content) {
        var blocks = new ArrayList<Block>();
        blocks.add(title(content));
        blocks.add(new Heading(1, "Sammanfattning"));
        blocks.add(summary(content.plan()));
        var sections = new GoalSection(content);
        areas(content.plan()).forEach((area, goals) -> {
            if (area != null) {
                blocks.add(new Heading(1, "Målområde: " + area));
            }
            goals.forEach(goal -> blocks.addAll(sections.of(goal, area != null ? 2 : 1)));
        });
        blocks.addAll(MonthGridAppendix.of(content));
        return blocks;
    }

    private static Title title(ReportContent content) {
        PlanView plan = content.plan();
        var lines = new ArrayList<String>();
        var report = content.report();
        String what = report != null ? report.title() : "Uppföljning";
        lines.add("Rapportdatum: " + plan.validAt() + (report != null ? ", utfärdad " + Instants.local(report.issuedAt(), content.zone())
                : ", enligt liggaren " + Instants.local(plan.asOf(), content.zone())));
        if (report != null) {
            lines.add(report.approvedBy().isEmpty() ? "Rapporten är ännu inte godkänd genom något beslut."
                    : "Godkänd genom " + String.join(", ", report.approvedBy().stream().map(Words::decision).toList()));
        }
        lines.add("Planperiod " + plan.periodStart() + " – " + plan.periodEnd() + " · "
                + (plan.adoption() == null ? "Ej antagen"
                        : "Antagen " + Words.decision(plan.adoption())));
        return new Title(plan.organisation(), plan.title(), what + " – prognos för måluppfyllelse per " + plan.validAt(),
                lines);
    }

    /** Per goal its computed and stated prognosis, grouped by målområde. */
    private static Table summary(PlanView plan) {
        var rows = new ArrayList<Row>();
        areas(plan).forEach((area, goals) -> {
            if (area != null) {
                rows.add(new Row(List.of(Cell.of(area), Cell.of(""), Cell.of("")), true));
            }
            goals.forEach(goal -> rows.add(new Row(List.of(Cell.of(goal.title()), light(goal, goal.prognosis()),
                    light(goal, goal.statedPrognosis())), false)));
        });
        return new Table("summary", List.of("Mål", "Beräknad prognos", "Angiven prognos"), rows);
    }

    static Cell light(GoalView goal, se.ledger.events.Prognosis prognosis) {
        if (goal.direction()) {
            return Cell.of("Inriktningsmål");
        }
        return Cell.toned("● " + Words.prognosis(prognosis), Words.tone(prognosis));
    }

    /** Top goals by målområde in plan order (null: goals without one). */
    static Map<String, List<GoalView>> areas(PlanView plan) {
        var areas = new LinkedHashMap<String, List<GoalView>>();
        for (GoalView goal : plan.goals()) {
            areas.computeIfAbsent(goal.area() == null || goal.area().isBlank() ? null : goal.area(),
                    a -> new ArrayList<>()).add(goal);
        }
        return areas;
    }

    /** A paragraph only when there is something to say. */
    static void text(List<Block> blocks, String label, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Text(label, text));
        }
    }
}
