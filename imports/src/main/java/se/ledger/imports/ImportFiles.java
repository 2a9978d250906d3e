package se.ledger.imports;

import java.time.LocalDate;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.imports.csv.SpreadsheetImport;
import se.ledger.imports.table.PlanTable;
import se.ledger.imports.table.PlanTableParser;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;
import se.ledger.imports.xlsx.SheetPlace;
import se.ledger.imports.xlsx.WorkbookBytes;
import se.ledger.imports.xlsx.WorkbookParser;

/**
 * Reading a file without the ledger: strict UTF-8, the format, the parse. Plain Java, so the command line
 * can tell a clerk what is wrong with a file before it starts the database.
 */
public final class ImportFiles {

    /** One of {@code table} and {@code sheet} (CSV or XLSX), as {@code format} says. */
    public record Parsed(ImportFormat format, PlanTable table, SpreadsheetImport sheet, SheetPlace place) {

        public Parsed(ImportFormat format, PlanTable table, SpreadsheetImport sheet) {
            this(format, table, sheet, null);
        }

        /** A problem found after the parse, located in the workbook's sheet as the parse's problems are. */
        public ImportRejected located(ImportRejected rejected) {
            return place == null ? rejected : place.locate(rejected);
        }

        public ImportRefused located(ImportRefused refused) {
            return place == null ? refused : refused.inSheet(place.sheet());
        }
    }

    private ImportFiles() {
    }

    /**
     * @param format null: detected from the content
     * @param today  the ledger's today (its configured clock): a status reported in the file cannot be after it;
     *               {@link LocalDate#MAX} leaves that check to the import
     * @throws ImportRejected with every problem of the file
     */
    public static Parsed parse(String fileName, byte[] content, ImportFormat format, LocalDate today) {
        // a workbook is told by its bytes (a zip archive), whatever name or content type it came with
        if (format == ImportFormat.XLSX || format != ImportFormat.PLAN_TABLE
                && (WorkbookBytes.isZip(content) || WorkbookBytes.isOldOffice(content))) {
            var workbook = WorkbookParser.read(fileName, content, today);
            return new Parsed(ImportFormat.XLSX, null, workbook.content(), workbook.place());
        }
        String text = ImportText.requirePlainText(fileName, ImportText.decode(fileName, content));
        ImportFormat actual = format != null ? format : ImportFormat.detect(fileName, text);
        return switch (actual) {
            case PLAN_TABLE -> new Parsed(actual, PlanTableParser.parse(fileName, text), null);
            case CSV, XLSX -> new Parsed(ImportFormat.CSV, null, SpreadsheetCsvParser.parse(fileName, text, today));
        };
    }
}
