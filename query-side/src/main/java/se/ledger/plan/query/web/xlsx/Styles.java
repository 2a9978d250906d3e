package se.ledger.plan.query.web.xlsx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, each made once: a workbook holds at most 64 000 of them. */
final class Styles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> made = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    XSSFCellStyle header() {
        return style("header", s -> {
            s.setFont(font(true, null));
            s.setFillForegroundColor(color("#eef1f5"));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
    }

    XSSFCellStyle note() {
        return style("note", s -> s.setFont(italic()));
    }

    XSSFCellStyle text() {
        return style("text", s -> {
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
    }

    XSSFCellStyle date() {
        return style("date", s -> {
            s.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
    }

    XSSFCellStyle time() {
        return style("time", s -> {
            s.setDataFormat(workbook.createDataFormat().getFormat(TIME_FORMAT));
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
    }

    /** A month cell of the grid: its fill, the colour of a carried state underneath, the mark's colour. */
    XSSFCellStyle month(String fill, String carried, String markColor) {
        return style("month|" + fill + "|" + carried + "|" + markColor, s -> {
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            thinBorders(s);
            if (fill != null) {
                s.setFillForegroundColor(color(fill));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (carried != null) {
                s.setBorderBottom(BorderStyle.THICK);
                s.setBottomBorderColor(color(carried));
            }
            s.setFont(markColor == null ? font(false, null) : font(true, markColor));
        });
    }

    /** A row title of the grid, or its head, as the page draws them. */
    XSSFCellStyle gridTitle(String fill, boolean bold, String fontColor) {
        return style("title|" + fill + "|" + bold + "|" + fontColor, s -> {
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            thinBorders(s);
            if (fill != null) {
                s.setFillForegroundColor(color(fill));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            s.setFont(font(bold, fontColor));
        });
    }

    private void thinBorders(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (s.getBorderBottom() == BorderStyle.NONE) {
            s.setBorderBottom(BorderStyle.THIN);
        }
        XSSFColor line = color("#d9dee5");
        s.setTopBorderColor(line);
        s.setLeftBorderColor(line);
        s.setRightBorderColor(line);
        s.setBottomBorderColor(line);
    }

    private XSSFCellStyle style(String key, Consumer<XSSFCellStyle> setUp) {
        return made.computeIfAbsent(key, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            setUp.accept(s);
            return s;
        });
    }

    private final Map<String, XSSFFont> fonts = new HashMap<>();

    private XSSFFont font(boolean bold, String color) {
        return fonts.computeIfAbsent(bold + "|" + color, k -> {
            XSSFFont f = workbook.createFont();
            f.setBold(bold);
            if (color != null) {
                f.setColor(color(color));
            }
            return f;
        });
    }

    private XSSFFont italic() {
        return fonts.computeIfAbsent("italic", k -> {
            XSSFFont f = workbook.createFont();
            f.setItalic(true);
            f.setColor(color("#5b6472"));
            return f;
        });
    }

    static XSSFColor color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }
}
