package se.ledger.imports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.imports.csv.SpreadsheetImport;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

/**
 * Reads the plan spreadsheet from an Excel workbook (.xlsx): the rows of its plan sheet go through the same
 * row readers and rules as a CSV file's, and every problem names the sheet, the row and the column as Excel
 * shows them ("blad 'Plan', rad 7, kolumn D").
 */
public final class WorkbookParser {

    // a plan of thousands of rows is a few MB of sheet XML; more is no plan but a memory bomb
    private static final long MAX_UNPACKED = 50L * 1024 * 1024;

    private WorkbookParser() {
    }

    /**
     * @param today the ledger's today, as for {@link SpreadsheetCsvParser#parse(String, String, LocalDate)}
     * @throws ImportRejected listing every sheet, row, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parse(String fileName, byte[] content, LocalDate today) {
        return read(fileName, content, today).content();
    }

    /** The plan rows and where they are, to locate problems found later too. */
    public record Parsed(SpreadsheetImport content, SheetPlace place) {
    }

    /** @throws ImportRejected listing every sheet, row, column and reason that could not be interpreted */
    public static Parsed read(String fileName, byte[] content, LocalDate today) {
        PlanSheet sheet = read(fileName, content);
        var place = new SheetPlace(sheet.name(), sheet.header());
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        try {
            SpreadsheetImport parsed = SpreadsheetCsvParser.parseRows(fileName, sheet.lines(), today);
            if (problems.isEmpty()) {
                return new Parsed(parsed, place);
            }
        } catch (ImportRejected e) {
            e.problems().forEach(p -> problems.add(place.locate(p)));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        throw new ImportRejected(fileName, problems);
    }

    private static PlanSheet read(String fileName, byte[] content) {
        if (WorkbookBytes.isOldOffice(content)) {
            throw refused(fileName, "Filen är en äldre Excel-fil (.xls): spara den i Excel som 'Excel-arbetsbok "
                    + "(.xlsx)' eller som 'CSV UTF-8 (kommaavgränsad)' och importera den igen.");
        }
        if (!WorkbookBytes.isZip(content)) {
            throw refused(fileName, "Filen är ingen Excel-arbetsbok (.xlsx): spara den i Excel som "
                    + "'Excel-arbetsbok (.xlsx)'.");
        }
        if (!WorkbookBytes.unpacksToAtMost(content, MAX_UNPACKED)) {
            throw refused(fileName, "Arbetsboken är för stor uppackad (över " + MAX_UNPACKED / 1024 / 1024
                    + " MB): dela upp planen i flera filer eller ta bort andra blad än planens.");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return PlanSheet.find(fileName, workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            // a damaged or password-protected file, or another Office file such as a .docx
            throw refused(fileName, "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): den är skadad, "
                    + "lösenordsskyddad eller inget kalkylark. Öppna den i Excel och spara den som "
                    + "'Excel-arbetsbok (.xlsx)'.");
        }
    }

    static ImportRejected refused(String fileName, String reason) {
        return new ImportRejected(fileName, List.of(new ImportProblem(1, null, reason)));
    }
}
