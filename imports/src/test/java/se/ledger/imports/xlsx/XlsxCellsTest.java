package se.ledger.imports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cell as the text the row readers take: what Excel shows, written the way the CSV format writes it. */
class XlsxCellsTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Row row = workbook.createSheet("Plan").createRow(0);
    private int next;

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    private Cell cell() {
        return row.createCell(next++);
    }

    private Cell formatted(String format) {
        Cell cell = cell();
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
        return cell;
    }

    private static String text(Cell cell) {
        var read = XlsxCells.read(cell);
        assertThat(read.problem()).isNull();
        return read.text();
    }

    @Test
    void aDateCellIsAnIsoDateWhateverItsDisplayFormat() {
        Cell swedish = formatted("yyyy-mm-dd");
        swedish.setCellValue(LocalDate.of(2022, 8, 31));
        Cell american = formatted("m/d/yy");
        american.setCellValue(LocalDate.of(2022, 2, 1));

        assertThat(text(swedish)).isEqualTo("2022-08-31");
        assertThat(text(american)).isEqualTo("2022-02-01");
    }

    @Test
    void aDateWithATimeOfDayKeepsItSoTheRowReaderRefusesItRatherThanDropIt() {
        Cell cell = formatted("yyyy-mm-dd hh:mm");
        cell.setCellValue(LocalDateTime.of(2022, 8, 31, 14, 30));

        assertThat(text(cell)).isEqualTo("2022-08-31T14:30");
    }

    @Test
    void numbersArePlainDecimalsWithoutATrailingZero() {
        Cell whole = cell();
        whole.setCellValue(90.0);
        Cell decimal = cell();
        decimal.setCellValue(4.1);
        Cell large = cell();
        large.setCellValue(1.5e11);
        Cell negative = cell();
        negative.setCellValue(-12.25);

        assertThat(text(whole)).isEqualTo("90");
        assertThat(text(decimal)).isEqualTo("4.1");
        assertThat(text(large)).isEqualTo("150000000000");
        assertThat(text(negative)).isEqualTo("-12.25");
    }

    @Test
    void aPercentageCellIsTheNumberTheClerkSees() {
        Cell cell = formatted("0%");
        cell.setCellValue(0.85);

        assertThat(text(cell)).isEqualTo("85");
    }

    @Test
    void emptyCellsAndMissingCellsAreEmptyText() {
        Cell blank = cell();
        blank.setBlank();

        assertThat(text(blank)).isEmpty();
        assertThat(text(null)).isEmpty();
        assertThat(text(row.getCell(40))).isEmpty();
    }

    @Test
    void textKeepsItsLineBreaksAsNewlinesAndBooleansAreJaOrNej() {
        Cell list = cell();
        list.setCellValue("Tidiga insatser\r\nLikvärdig undervisning");
        Cell yes = cell();
        yes.setCellValue(true);
        Cell no = cell();
        no.setCellValue(false);

        assertThat(text(list)).isEqualTo("Tidiga insatser\nLikvärdig undervisning");
        assertThat(text(yes)).isEqualTo("ja");
        assertThat(text(no)).isEqualTo("nej");
    }

    @Test
    void aFormulaIsReadByTheValueExcelLastComputed() throws IOException {
        row.createCell(0).setCellValue(40);
        row.createCell(1).setCellFormula("A1*2+2");
        row.createCell(2).setCellFormula("DATE(2022,8,31)");
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        row.getCell(2).setCellStyle(style);
        row.createCell(3).setCellFormula("\"M\"&\"1\"");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        // as a saved file holds it: the formula and its cached value
        try (var saved = reopen()) {
            Row read = saved.getSheetAt(0).getRow(0);
            assertThat(text(read.getCell(1))).isEqualTo("82");
            assertThat(text(read.getCell(2))).isEqualTo("2022-08-31");
            assertThat(text(read.getCell(3))).isEqualTo("M1");
        }
    }

    @Test
    void aFormulaShowingAnErrorIsAProblemNamingTheError() {
        Cell cell = cell();
        cell.setCellFormula("1/0");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        Cell error = cell();
        error.setCellErrorValue(FormulaError.NA.getCode());

        assertThat(XlsxCells.read(cell).problem()).contains("#DIV/0!").contains("=1/0");
        assertThat(XlsxCells.read(error).problem()).contains("#N/A");
    }

    private XSSFWorkbook reopen() throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
