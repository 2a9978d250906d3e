package se.ledger.reports.document;

import static se.ledger.reports.document.ReportOutline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.ledger.plan.query.PlanViews.ActivityView;
import se.ledger.plan.query.PlanViews.GoalView;
import se.ledger.plan.query.PlanViews.HistoryRow;
import se.ledger.plan.query.PlanViews.MonthCell;
import se.ledger.plan.query.PrognosisRule.Reason;
import se.ledger.platform.Vocabulary;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;

/**
 * One goal as the report tells it: ambition, stated prognosis with its motivation, computed
 * prognosis with its reasons, indicators, activities, the period's follow-up texts and month marks.
 */
final class GoalSection {

    private final Map<String, HistoryRow> rows = new HashMap<>();
    private final String month;
    private final String monthName;

    GoalSection(ReportContent content) {
        content.history().rows().forEach(row -> rows.putIfAbsent(row.kind() + ":" + row.id(), row));
        this.month = content.followUpMonth().toString();
        this.monthName = Words.monthName(content.followUpMonth().getMonthValue());
    }

    List<Block> of(GoalView goal, int level) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Heading(Math.min(level, 3), goal.title()));
        text(blocks, "Ambition", goal.ambition());
        if (goal.desiredEffects() != null && !goal.desiredEffects().isEmpty()) {
            text(blocks, "Önskad effekt", String.join(" · ", goal.desiredEffects()));
        }
        if (!goal.direction()) {
            text(blocks, "Angiven prognos", Words.prognosis(goal.statedPrognosis())
                    + (goal.prognosisMotivation() == null ? "" : " – " + goal.prognosisMotivation())
                    + (goal.prognosisStatedOn() == null ? "" : " (" + goal.prognosisStatedOn() + ")"));
            text(blocks, "Beräknad prognos", Words.prognosis(goal.prognosis())
                    + (goal.prognosisSummary() == null ? "" : ". " + goal.prognosisSummary()));
            text(blocks, "Skäl", reasons(goal.prognosisReasons()));
        }
        if (!goal.indicators().isEmpty()) {
            blocks.add(IndicatorTable.of(goal.indicators()));
        }
        if (!goal.activities().isEmpty()) {
            blocks.add(activities(goal.activities()));
        }
        text(blocks, "Uppföljning " + monthName, String.join("\n", comments("goal", goal.id())));
        text(blocks, "Månadsmarkeringar", marks(rows.get("goal:" + goal.id())));
        goal.goals().forEach(sub -> blocks.addAll(of(sub, level + 1)));
        return blocks;
    }

    /** The inputs that carry evidence, one after another; those that do not count are left out. */
    private static String reasons(List<Reason> reasons) {
        if (reasons == null) {
            return null;
        }
        return reasons.stream().filter(r -> !"IGNORED".equals(r.assessment().name()))
                .map(r -> Vocabulary.label(r.assessment()) + ": " + r.text()).collect(Collectors.joining("; "));
    }

    private Table activities(List<ActivityView> activities) {
        var rows = new ArrayList<Row>();
        for (ActivityView a : activities) {
            String who = a.responsible() == null ? "" : "\nAnsvarig: " + a.responsible().person()
                    + (a.responsible().unit() == null ? "" : ", " + a.responsible().unit());
            var notes = new ArrayList<String>();
            if (a.explanation() != null && !a.explanation().isBlank()) {
                notes.add("Avvikelse: " + a.explanation());
            }
            notes.addAll(comments("activity", a.id()));
            rows.add(new Row(List.of(Cell.of(a.title() + who),
                    Cell.toned(a.statusLabel() == null ? "Ingen status" : a.statusLabel(), Words.statusTone(a.status())),
                    Cell.of(String.join("\n", notes))), false));
        }
        return new Table("activities", List.of("Aktivitet", "Status", "Avvikelse och uppföljning " + monthName), rows);
    }

    private List<String> comments(String kind, String id) {
        var row = rows.get(kind + ":" + id);
        if (row == null) {
            return List.of();
        }
        return row.months().stream().filter(c -> c.month().equals(month)).findFirst().map(MonthCell::comments)
                .orElse(List.of());
    }

    /** "Jan ⇒ · Feb ⇒ · … ": the marks of the months up to the follow-up month. */
    private String marks(HistoryRow row) {
        if (row == null) {
            return null;
        }
        var marks = new ArrayList<String>();
        for (MonthCell cell : row.months()) {
            if (cell.month().compareTo(month) <= 0) {
                int m = Integer.parseInt(cell.month().substring(5));
                marks.add(Words.month(m) + " " + (cell.markSymbol() == null ? "–" : cell.markSymbol()));
            }
        }
        return String.join("  ", marks);
    }
}
