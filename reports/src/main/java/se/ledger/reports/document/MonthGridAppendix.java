package se.ledger.reports.document;

import java.util.ArrayList;
import java.util.List;
import se.ledger.plan.query.PlanViews.HistoryRow;
import se.ledger.plan.query.PlanViews.MonthCell;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.PageBreak;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;
import se.ledger.reports.document.Block.Text;

/**
 * The appendix: the month grid as the page shows it, each month's mark (⇒ ↑ ↓) coloured by the
 * activity's status or the goal's stated prognosis at the month's end.
 */
final class MonthGridAppendix {

    private MonthGridAppendix() {
    }

    static List<Block> of(ReportContent content) {
        var history = content.history();
        var head = new ArrayList<String>();
        head.add("Mål och aktiviteter");
        for (int m = 1; m <= 12; m++) {
            head.add(Words.month(m));
        }
        var rows = new ArrayList<Row>();
        String last = content.followUpMonth().toString();
        for (HistoryRow row : history.rows()) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.of(row.title()));
            for (MonthCell cell : row.months()) {
                cells.add(cell.month().compareTo(last) > 0 ? Cell.of("") : Cell.toned(
                        cell.markSymbol() == null ? "" : cell.markSymbol(), tone(row, cell)));
            }
            rows.add(new Row(cells, "goal".equals(row.kind())));
        }
        return List.of(new PageBreak(), new Heading(1, "Bilaga: Månadstabell " + history.year()),
                new Text(null, "⇒ pågår enligt plan, ↑ stigande trend, ↓ halkar efter. Färg: aktivitetens status "
                        + "eller målets angivna prognos vid månadens slut (grönt enligt plan, gult avvikelse eller "
                        + "uppfylls delvis, rött uppfylls inte, grått ej påbörjad eller kan inte bedömas)."),
                new Table("grid", head, rows));
    }

    private static String tone(HistoryRow row, MonthCell cell) {
        return "goal".equals(row.kind()) ? Words.tone(cell.statedPrognosis()) : Words.statusTone(cell.status());
    }
}
