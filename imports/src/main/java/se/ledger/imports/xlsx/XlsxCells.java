package se.ledger.imports.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A workbook cell as the text the spreadsheet format's row readers take, so that a typed date, number or yes/no
 * meets the same rules as its CSV twin: dates ISO, numbers plain with a decimal point, booleans ja/nej, a
 * formula by the value Excel last computed (the ledger does not recompute what the clerk saw).
 */
final class XlsxCells {

    private XlsxCells() {
    }

    /** What a cell holds: its text, or why it cannot be read. */
    record CellText(String text, String problem) {

        static CellText of(String text) {
            return new CellText(text, null);
        }
    }

    static CellText read(Cell cell) {
        if (cell == null) {
            return CellText.of("");
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> CellText.of(cell.getRichStringCellValue().getString().replace("\r\n", "\n")
                    .replace('\r', '\n'));
            case NUMERIC -> CellText.of(DateUtil.isCellDateFormatted(cell) ? date(cell) : number(cell));
            case BOOLEAN -> CellText.of(cell.getBooleanCellValue() ? "ja" : "nej");
            case ERROR -> new CellText("", "cellen visar felet " + FormulaError.forInt(cell.getErrorCellValue())
                    .getString() + (cell.getCellType() == CellType.FORMULA ? " från formeln =" + cell.getCellFormula()
                    : "") + ": skriv in värdet i stället");
            default -> CellText.of("");
        };
    }

    /** A date cell: ISO; a time of day beside it is kept, so the row reader refuses it rather than drop it. */
    private static String date(Cell cell) {
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
    }

    /**
     * Excel stores numbers as doubles: written as the shortest decimal that is that double (4.1, not
     * 4.0999999…), without a trailing ".0". A cell formatted as a percentage holds 0.85 for "85 %": the ledger's
     * percentages are the numbers the clerk sees.
     */
    private static String number(Cell cell) {
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            value = value.movePointRight(2);
        }
        value = value.stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }
}
