package se.ledger.plan.query.web.xlsx;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.ledger.plan.query.PlanViews.HistoryRow;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.MonthCell;
import se.ledger.platform.Vocabulary;

/**
 * One year of the month grid as the grid page draws it: a row per goal and activity, a column per month with
 * the month's mark and the colour of its state, the comments of the latest commented month beside it, and every
 * month's comments as a note on its cell.
 */
final class GridSheet {

    private final XSSFSheet sheet;
    private final Styles styles;
    private final YearMonth shownUpTo;
    private final XSSFDrawing notes;

    private GridSheet(XSSFSheet sheet, Styles styles, LocalDate validAt) {
        this.sheet = sheet;
        this.styles = styles;
        this.shownUpTo = YearMonth.from(validAt);
        this.notes = sheet.createDrawingPatriarch();
    }

    static void write(XSSFWorkbook workbook, Styles styles, HistoryView grid, ReportContent content) {
        var sheet = workbook.createSheet(Sheets.name("Månader " + grid.year()));
        new GridSheet(sheet, styles, content.validAt()).fill(grid, content);
    }

    private void fill(HistoryView grid, ReportContent content) {
        Sheets.note(sheet, 0, styles, "Månadsöversikt " + grid.year() + " för " + content.plan().title() + " ("
                + content.plan().organisation() + "), " + Sheets.knownAt(content) + ". Färgerna och pilarna som på "
                + "sidan Månadsöversikt; kommentarerna som anteckningar i cellerna.");
        String commentMonth = commentMonth(grid.rows());
        var head = sheet.createRow(1);
        var headStyle = styles.gridTitle(GridColors.HEAD, true, "#ffffff");
        Sheets.cell(head, 0, "Mål och aktiviteter", headStyle);
        for (int m = 1; m <= 12; m++) {
            Sheets.cell(head, m, Vocabulary.month(m, true), styles.month(GridColors.HEAD, null, "#ffffff"));
        }
        Sheets.cell(head, 13, commentMonth == null ? "Kommentar" : "Kommentar "
                + Vocabulary.month(Integer.parseInt(commentMonth.substring(5)), false), headStyle);
        int r = 2;
        String area = null;
        for (HistoryRow row : grid.rows()) {
            boolean goal = "goal".equals(row.kind());
            if (goal && row.goalId() == null && row.area() != null && !row.area().equals(area)) {
                var areaRow = sheet.createRow(r);
                Sheets.cell(areaRow, 0, "Målområde: " + row.area(), styles.gridTitle(null, true, null));
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 13));
                r++;
            }
            area = row.area();
            writeRow(sheet.createRow(r++), row, goal, commentMonth);
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int m = 1; m <= 12; m++) {
            sheet.setColumnWidth(m, 5 * 256);
        }
        sheet.setColumnWidth(13, 70 * 256);
        sheet.createFreezePane(1, 2);
        Legend.write(sheet, r + 1, styles);
    }

    private void writeRow(XSSFRow out, HistoryRow row, boolean goal, String commentMonth) {
        Sheets.cell(out, 0, row.title(), styles.gridTitle(goal ? GridColors.GOAL_ROW : null, goal, null));
        MonthCell previous = null;
        for (MonthCell cell : row.months()) {
            int column = Integer.parseInt(cell.month().substring(5));
            writeMonth(out, column, goal, cell, previous);
            previous = cell;
        }
        var comments = row.months().stream().filter(c -> c.month().equals(commentMonth)).findFirst()
                .map(MonthCell::comments).orElse(List.of());
        Sheets.cell(out, 13, String.join("\n\n", comments), styles.gridTitle(goal ? GridColors.GOAL_ROW : null,
                false, null));
    }

    /** As grid.js's monthCell: reported with a mark, a comment or a changed state; otherwise blank or future. */
    private void writeMonth(XSSFRow out, int column, boolean goal, MonthCell cell, MonthCell previous) {
        String state = goal ? (cell.statedPrognosis() == null ? null : "p-" + cell.statedPrognosis())
                : (cell.status() == null ? null : "s-" + cell.status());
        boolean changed = goal
                ? cell.statedPrognosis() != null && (previous == null
                        || previous.statedPrognosis() != cell.statedPrognosis())
                : cell.status() != null && (previous != null ? !cell.status().equals(previous.status())
                        : !"NOT_STARTED".equals(cell.status()));
        boolean reported = cell.mark() != null || !cell.comments().isEmpty() || changed;
        boolean future = YearMonth.parse(cell.month()).isAfter(shownUpTo);
        String fill = reported ? GridColors.fill(state) : future ? GridColors.FUTURE : null;
        String carried = !reported && !future ? GridColors.carried(state) : null;
        XSSFCell written = Sheets.cell(out, column, cell.markSymbol() == null ? "" : cell.markSymbol(),
                styles.month(fill, carried, GridColors.mark(cell.mark())));
        String note = reported ? note(goal, cell) : "";
        if (!note.isEmpty()) {
            Sheets.note(notes, written, note);
        }
    }

    private static String note(boolean goal, MonthCell cell) {
        var lines = new StringBuilder();
        if (!goal && cell.statusLabel() != null) {
            lines.append("Status: ").append(cell.statusLabel()).append('\n');
        }
        if (goal && cell.statedPrognosis() != null) {
            lines.append("Angiven prognos: ").append(Vocabulary.label(cell.statedPrognosis())).append('\n');
        }
        if (goal && cell.prognosis() != null) {
            lines.append("Beräknad prognos: ").append(Vocabulary.label(cell.prognosis())).append('\n');
        }
        cell.comments().forEach(c -> lines.append("Kommentar: ").append(c).append('\n'));
        return lines.toString().strip();
    }

    /** The latest month up to the one shown that has a comment, as the page opens its comment column. */
    private String commentMonth(List<HistoryRow> rows) {
        return rows.stream().flatMap(r -> r.months().stream()).filter(c -> !c.comments().isEmpty())
                .map(MonthCell::month).filter(m -> !YearMonth.parse(m).isAfter(shownUpTo)).max(String::compareTo)
                .orElse(null);
    }
}
