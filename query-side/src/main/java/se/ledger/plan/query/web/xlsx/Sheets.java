package se.ledger.plan.query.web.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writing cells: text as text (never a formula), numbers as numbers, dates as dates. */
final class Sheets {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Sheets() {
    }

    /** Excel's rules for a sheet name (31 characters, no : / \ ? * [ ]). */
    static String name(String wanted) {
        return WorkbookUtil.createSafeSheetName(wanted);
    }

    /**
     * A string cell: Excel shows it as written, a leading = included. A text longer than a cell holds is cut
     * with a mark, never silently.
     */
    static XSSFCell cell(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 20) + " … (avkortad)" : text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static XSSFCell number(XSSFRow row, int column, BigDecimal value) {
        XSSFCell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    static XSSFCell date(XSSFRow row, int column, LocalDate date, Styles styles) {
        XSSFCell cell = row.createCell(column);
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        }
        return cell;
    }

    /** A line of explanation above a sheet's table. */
    static void note(XSSFSheet sheet, int rowIndex, Styles styles, String text) {
        cell(sheet.createRow(rowIndex), 0, text, styles.note());
    }

    static void note(XSSFDrawing drawing, XSSFCell cell, String text) {
        var helper = cell.getSheet().getWorkbook().getCreationHelper();
        var anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        var comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text.length() > 30_000 ? text.substring(0, 30_000) + " …" : text));
        comment.setAuthor("Uppföljningsliggaren");
        cell.setCellComment(comment);
    }

    /** "som liggaren kände det 2026-12-02 10:15, per 2022-08-31" or the issued report's words. */
    static String knownAt(ReportContent content) {
        String known = "som liggaren kände det " + MINUTES.format(content.asOf().atZone(content.zone())) + ", per "
                + content.validAt();
        return content.report() == null ? known : "rapporten '" + content.report().title() + "' ("
                + content.report().reportId() + "), " + known;
    }
}
