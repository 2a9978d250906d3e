package se.ledger.imports.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks: the shipped CSV files typed into a sheet, cell by cell, as text. */
final class Workbooks {

    private Workbooks() {
    }

    static String resource(String name) {
        try (InputStream in = Workbooks.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CSVRecord> records(String csv) {
        try (var parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each CSV record on its own row, from row 1, on a sheet of the name. */
    static void fill(XSSFSheet sheet, String csv) {
        int r = 0;
        for (CSVRecord record : records(csv)) {
            var row = sheet.createRow(r++);
            for (int c = 0; c < record.size(); c++) {
                if (!record.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
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

    static byte[] of(String sheetName, String csv) {
        var workbook = new XSSFWorkbook();
        fill(workbook.createSheet(sheetName), csv);
        return bytes(workbook);
    }
}
