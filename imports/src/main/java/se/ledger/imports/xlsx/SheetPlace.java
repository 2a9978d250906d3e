package se.ledger.imports.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import se.ledger.imports.csv.SpreadsheetCsvParser;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

/**
 * Where a workbook's plan rows are: its sheet and the header that names the columns, so that a problem found after
 * the parse (by the import or the ledger) is also located as Excel shows it.
 */
public record SheetPlace(String sheet, List<String> header) {

    public SheetPlace {
        header = List.copyOf(header);
    }

    public ImportProblem locate(ImportProblem problem) {
        if (problem.sheet() != null) {
            return problem;
        }
        var index = SpreadsheetCsvParser.columnIndex(header, problem.column());
        return problem.inSheet(sheet, index.isPresent() ? CellReference.convertNumToColString(index.getAsInt())
                : null);
    }

    public ImportRejected locate(ImportRejected rejected) {
        return new ImportRejected(rejected.fileName(), rejected.problems().stream().map(this::locate).toList());
    }
}
