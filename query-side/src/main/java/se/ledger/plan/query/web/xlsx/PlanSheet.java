package se.ledger.plan.query.web.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan in the import's spreadsheet format (docs/import-formats.md, section 2): the columns of the template
 * mall-verksamhetsplan.csv, one row per plan, goal, indicator, activity and measurement, so that the sheet can be
 * imported into another ledger as it is. Dates are date cells and numbers number cells; the import reads both.
 */
final class PlanSheet {

    /** The template's header, in its order. */
    static final List<String> COLUMNS = List.of("typ", "id", "titel", "organisation", "plan", "överordnat mål",
            "mål", "nyckeltal", "målområde", "inriktningsmål", "önskade effekter", "agenda 2030", "enhet",
            "ingångsvärde", "ingångsdatum", "målvärde", "riktning", "målbeskrivning", "måldatum", "källa", "ansvarig",
            "ansvarig enhet", "start", "slut", "status", "statusdatum", "förklaring", "datum", "värde", "kommentar",
            "nivå", "bidrar till", "syfte", "strategier", "risker", "gäller till", "beslut", "måttslag",
            "ingångsbeskrivning", "målvärden per år", "bedömning", "ambitionsnivå", "beskrivning", "samverkan med",
            "önskat läge");

    static final String NAME = "Plan";

    // a double holds 15 significant digits; a longer number is written as text, which the import reads exactly
    private static final int DOUBLE_DIGITS = 15;

    private final XSSFSheet sheet;
    private final Styles styles;
    private int next;

    private PlanSheet(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(XSSFWorkbook workbook, Styles styles, ReportContent content) {
        new PlanSheet(workbook.createSheet(NAME), styles).fill(content);
    }

    private void fill(ReportContent content) {
        Sheets.note(sheet, next++, styles, "# " + content.plan().title() + " (" + content.plan().organisation()
                + "), " + Sheets.knownAt(content) + ". Bladet kan importeras som det är (POST /api/imports); rader "
                + "som börjar med # hoppas över.");
        var header = sheet.createRow(next++);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Sheets.cell(header, i, COLUMNS.get(i), styles.header());
        }
        PlanRows.of(content).forEach(this::row);
        sheet.createFreezePane(3, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0,
                COLUMNS.size() - 1));
        for (int i = 0; i < COLUMNS.size(); i++) {
            sheet.setColumnWidth(i, width(COLUMNS.get(i)) * 256);
        }
    }

    private void row(Map<String, Object> cells) {
        XSSFRow row = sheet.createRow(next++);
        cells.forEach((column, value) -> {
            int index = COLUMNS.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            if (value instanceof LocalDate date) {
                Sheets.date(row, index, date, styles);
            } else if (value instanceof BigDecimal number && number.precision() <= DOUBLE_DIGITS) {
                Sheets.number(row, index, number);
            } else if (value instanceof BigDecimal number) {
                Sheets.cell(row, index, number.toPlainString(), null);
            } else if (value != null) {
                Sheets.cell(row, index, value.toString(), value.toString().contains("\n") ? styles.text() : null);
            }
        });
    }

    private static int width(String column) {
        return switch (column) {
            case "titel", "önskade effekter", "förklaring", "kommentar", "syfte", "strategier", "risker",
                    "ambitionsnivå", "beskrivning", "samverkan med", "önskat läge" -> 40;
            case "id", "plan", "mål", "nyckeltal", "överordnat mål", "bidrar till" -> 22;
            default -> Math.max(12, column.length() + 3);
        };
    }

    /** A row's cells by column; insertion order does not matter. */
    static Map<String, Object> cells(Object... pairs) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                cells.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return cells;
    }
}
