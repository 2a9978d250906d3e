package se.ledger.imports.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import se.ledger.imports.csv.SheetLine;
import se.ledger.imports.text.ImportProblem;
import se.ledger.platform.input.InputRules;

/**
 * The sheet of a workbook that holds the plan: the first whose header row (its first row that is neither empty
 * nor a # comment) has the column "typ". Other sheets, such as the month grid and the audit trail of the
 * ledger's own export, are left alone.
 *
 * @param problems cells that cannot be read at all (an error value, a control character), already located
 */
record PlanSheet(String name, List<String> header, List<SheetLine> lines, List<ImportProblem> problems) {

    static PlanSheet find(String fileName, Workbook workbook) {
        for (Sheet sheet : workbook) {
            var candidate = read(sheet);
            if (candidate.header().stream().anyMatch(c -> c.strip().equalsIgnoreCase("typ"))) {
                return candidate;
            }
        }
        String names = StreamSupport.stream(workbook.spliterator(), false).map(s -> "'" + s.getSheetName() + "'")
                .collect(Collectors.joining(", "));
        throw WorkbookParser.refused(fileName, "Arbetsboken har inget blad vars rubrikrad har kolumnen 'typ' "
                + "(bladen: " + (names.isEmpty() ? "inga" : names) + "): planens rader ska stå på ett blad som "
                + "börjar med rubrikraden typ, id, titel, …, som i mallen mall-verksamhetsplan.csv.");
    }

    private static PlanSheet read(Sheet sheet) {
        List<SheetLine> lines = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> header = null;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                var cell = XlsxCells.read(row.getCell(c));
                String text = cell.text().replace('\f', '\n').replace('\u000B', '\n');
                String problem = cell.problem() != null ? cell.problem() : InputRules.textProblem(text);
                if (problem != null) {
                    String column = header != null && c < header.size() && !header.get(c).isBlank()
                            ? header.get(c).strip() : null;
                    problems.add(new ImportProblem(row.getRowNum() + 1, column, problem, sheet.getSheetName(),
                            CellReference.convertNumToColString(c)));
                }
                cells.add(text);
            }
            lines.add(new SheetLine(row.getRowNum() + 1, cells));
            if (header == null && isHeader(cells)) {
                header = cells;
            }
        }
        return new PlanSheet(sheet.getSheetName(), header == null ? List.of() : header, lines,
                header == null ? List.of() : problems);
    }

    private static boolean isHeader(List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        return !blank && !(!cells.isEmpty() && cells.get(0).strip().startsWith("#"))
                && !cells.get(0).strip().toLowerCase(Locale.ROOT).equals("sep=");
    }
}
