package se.ledger.imports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.ledger.imports.ImportFiles;
import se.ledger.imports.ImportFormat;
import se.ledger.imports.csv.SheetActivity;
import se.ledger.imports.csv.SheetGoal;
import se.ledger.imports.csv.SheetIndicator;
import se.ledger.imports.csv.SheetMeasurement;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.imports.csv.SpreadsheetImport;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

/** The plan spreadsheet as an Excel workbook: the CSV format's rows and rules, located by sheet, row and column. */
class WorkbookParserTest {

    private static final String EXAMPLE = Workbooks.resource("exempel-verksamhetsplan.csv");
    private static final String HEADER = "typ;id;titel;organisation;start;slut;plan;mål;ansvarig;status;statusdatum;"
            + "förklaring;enhet;ingångsvärde;ingångsdatum;målvärde;måldatum\n";

    private static ImportRejected rejected(byte[] workbook) {
        return catchThrowableOfType(ImportRejected.class, () -> WorkbookParser.parse("plan.xlsx", workbook,
                LocalDate.of(2022, 9, 15)));
    }

    @Test
    void theExampleAsAWorkbookReadsAsTheExampleAsCsv() {
        SpreadsheetImport csv = SpreadsheetCsvParser.parse("plan.xlsx", EXAMPLE);

        SpreadsheetImport xlsx = WorkbookParser.parse("plan.xlsx", Workbooks.of("Plan", EXAMPLE), LocalDate.MAX);

        assertThat(xlsx.plans()).usingRecursiveComparison().ignoringFields("sourceLine").isEqualTo(csv.plans());
        assertThat(xlsx.goals()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceLine")
                .isEqualTo(csv.goals());
        assertThat(xlsx.indicators()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceLine")
                .isEqualTo(csv.indicators());
        assertThat(xlsx.activities()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceLine")
                .isEqualTo(csv.activities());
        assertThat(xlsx.measurements()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceLine")
                .isEqualTo(csv.measurements());
        // a row is its row in the sheet, however many lines its cells span
        assertThat(xlsx.goals()).extracting(SheetGoal::id, SheetGoal::sourceLine).startsWith(tuple("M1", 3));
    }

    @Test
    void datesAndNumbersTypedAsExcelValuesReadAsTheirText() {
        var workbook = new XSSFWorkbook();
        var sheet = workbook.createSheet("Plan");
        Workbooks.fill(sheet, HEADER + "PLAN;P;Plan;KS;;;;;;;;;;;;;\nMÅL;M;Mål;;;;P;;;;;;;;;;\n"
                + "NYCKELTAL;N;Andel;;;;;M;;;;;%;;;;\n");
        var date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        var plan = sheet.getRow(1);
        plan.createCell(4).setCellValue(LocalDate.of(2022, 1, 1));
        plan.getCell(4).setCellStyle(date);
        plan.createCell(5).setCellValue(LocalDate.of(2022, 12, 31));
        plan.getCell(5).setCellStyle(date);
        var indicator = sheet.getRow(3);
        indicator.createCell(13).setCellValue(80.5);
        indicator.createCell(14).setCellValue(LocalDate.of(2021, 12, 31));
        indicator.getCell(14).setCellStyle(date);
        indicator.createCell(15).setCellFormula("N4+10");
        indicator.createCell(16).setCellValue(LocalDate.of(2022, 12, 31));
        indicator.getCell(16).setCellStyle(date);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        var parsed = WorkbookParser.parse("plan.xlsx", Workbooks.bytes(workbook), LocalDate.MAX);

        assertThat(parsed.plans().get(0).periodStart()).isEqualTo(LocalDate.of(2022, 1, 1));
        SheetIndicator read = parsed.indicators().get(0);
        assertThat(read.baselineValue()).isEqualByComparingTo("80.5");
        assertThat(read.baselineDate()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(read.target().value()).isEqualByComparingTo(new BigDecimal("90.5"));
    }

    @Test
    void everyBrokenRowIsNamedBySheetRowAndColumnLetter() {
        String csv = HEADER + "PLAN;P;Plan;KS;2022-01-01;2022-12-31;;;;;;;;;;;\n"
                + "MÅL;M;Mål;;;;P;;;;;;;;;;\n"
                + "NYCKELTAL;N;Andel;;;;;M;;;;;%;tolv;2021-12-31;90;\n"
                + "\n"
                + "AKTIVITET;A;Gör något;;;;;M;Anna;Pågående med avvikelse;2022-08-31;;;;;;\n";

        var e = rejected(Workbooks.of("Aktiviteter", csv));

        assertThat(e.problems()).extracting(ImportProblem::sheet, ImportProblem::line, ImportProblem::columnLetter,
                ImportProblem::column).containsExactly(
                        tuple("Aktiviteter", 4, "N", "ingångsvärde"),
                        tuple("Aktiviteter", 4, "Q", "måldatum"),
                        tuple("Aktiviteter", 6, "L", "förklaring"));
        assertThat(e.getMessage()).contains("blad 'Aktiviteter', rad 4, kolumn N ('ingångsvärde'): inte ett tal: "
                + "'tolv'").contains("blad 'Aktiviteter', rad 6, kolumn L ('förklaring'): statusen 'Pågående med "
                + "avvikelse' är en avvikelse och behöver en förklaring");
    }

    @Test
    void thePlanIsTheFirstSheetWithATypColumnAndTheOthersAreLeftAlone() {
        var workbook = new XSSFWorkbook();
        Workbooks.fill(workbook.createSheet("Instruktioner"), "Fyll i bladet Plan\n");
        Workbooks.fill(workbook.createSheet("Plan"), EXAMPLE);
        Workbooks.fill(workbook.createSheet("Händelser"), "typ;id\nnågot;helt annat\n");

        var parsed = WorkbookParser.parse("plan.xlsx", Workbooks.bytes(workbook), LocalDate.MAX);

        assertThat(parsed.activities()).extracting(SheetActivity::id).containsExactly("A1", "A2", "A3", "A4");
        assertThat(parsed.measurements()).extracting(SheetMeasurement::indicatorId).contains("N1");
    }

    @Test
    void aWorkbookWithoutAPlanSheetNamesItsSheets() {
        var workbook = new XSSFWorkbook();
        Workbooks.fill(workbook.createSheet("Blad1"), "Titel;Ansvarig\nNågot;Anna\n");

        var e = rejected(Workbooks.bytes(workbook));

        assertThat(e.problems()).singleElement().extracting(ImportProblem::reason).asString()
                .contains("inget blad vars rubrikrad har kolumnen 'typ'").contains("'Blad1'");
    }

    @Test
    void aCellWithAControlCharacterIsAProblemAtItsCell() {
        // Excel writes a control character in a cell as _x0007_; POI reads it back as the character
        var e = rejected(Workbooks.of("Plan", HEADER + "PLAN;P;Pl_x0007_an;KS;2022-01-01;2022-12-31;;;;;;;;;;;\n"));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::columnLetter, ImportProblem::column)
                .containsExactly(tuple(2, "C", "titel"));
        assertThat(e.problems().get(0).reason()).contains("styrtecken (U+0007)");
    }

    @Test
    void oldExcelFilesAndOtherZipsAreRefusedWithWhatToDo() throws IOException {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes());
        }

        assertThat(rejected(xls).problems().get(0).reason()).contains("äldre Excel-fil (.xls)");
        assertThat(rejected(zip.toByteArray()).problems().get(0).reason())
                .contains("kunde inte läsas som en Excel-arbetsbok");
    }

    @Test
    void aSmallUploadThatUnpacksToTooMuchIsRefusedBeforePoiReadsIt() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 51; i++) {
                out.write(spaces);
            }
        }
        assertThat(zip.size()).isLessThan(1024 * 1024);

        assertThat(rejected(zip.toByteArray()).problems().get(0).reason()).contains("för stor uppackad");
    }

    @Test
    void theImportDoorTellsAWorkbookByItsBytes() {
        var parsed = ImportFiles.parse("plan.csv", Workbooks.of("Plan", EXAMPLE), null, LocalDate.MAX);

        assertThat(parsed.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(parsed.sheet().goals()).hasSize(4);
    }
}
