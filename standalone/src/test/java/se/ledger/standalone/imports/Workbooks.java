package se.ledger.standalone.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and changing downloaded workbooks in tests, as a clerk would in Excel. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text cell of the sheet rewritten, e.g. its ids given another prefix. */
    static byte[] rewriteText(byte[] bytes, String sheetName, UnaryOperator<String> change) {
        var workbook = open(bytes);
        for (var row : workbook.getSheet(sheetName)) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    cell.setCellValue(change.apply(cell.getStringCellValue()));
                }
            }
        }
        return bytes(workbook);
    }

    /** One cell of the row with the id (column B) given a text. */
    static byte[] withCell(byte[] bytes, String sheetName, String id, int column, String text) {
        var workbook = open(bytes);
        for (var row : workbook.getSheet(sheetName)) {
            if (row.getCell(1) != null && id.equals(row.getCell(1).toString())) {
                row.createCell(column).setCellValue(text);
            }
        }
        return bytes(workbook);
    }

    /** The rows of a sheet whose first cell is the given text (e.g. every AKTIVITET row of the plan sheet). */
    static long rowsOfType(XSSFWorkbook workbook, String sheetName, String type) {
        int count = 0;
        for (var row : workbook.getSheet(sheetName)) {
            var cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(type)) {
                count++;
            }
        }
        return count;
    }
}
