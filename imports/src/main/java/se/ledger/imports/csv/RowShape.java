package se.ledger.imports.csv;

import java.util.List;
import se.ledger.imports.text.ImportProblem;

/**
 * Checks of a row as a whole: cells beyond the header, and cells filled in columns that its typ
 * does not use (e.g. an organisational unit typed into a NYCKELTAL's "enhet"), which would otherwise be lost.
 */
final class RowShape {

    private RowShape() {
    }

    static void check(SheetRow row, SheetHeader header, List<ImportProblem> problems) {
        for (int i = 0; i < row.size(); i++) {
            // a cell under an unknown header was reported once, with the header
            boolean headed = i < header.written().size() && !header.written().get(i).isEmpty();
            if (!headed && !row.isBlank(i)) {
                problems.add(new ImportProblem(row.lineOf(i), header.nameAt(i), "värde i en kolumn utan rubrik: '"
                        + Labels.trim(row.cell(i)) + "'"));
            }
        }
    }

    static void checkUnusedColumns(SheetRow row, SheetHeader header, SheetRowType type,
            List<ImportProblem> problems) {
        header.indexes().forEach((column, index) -> {
            if (!column.isUsedBy(type) && index < row.size() && !row.isBlank(index)) {
                problems.add(new ImportProblem(row.lineOf(index), column.header(),
                        "används inte för " + type.label() + " och ska lämnas tom, men här står '"
                                + Labels.trim(row.cell(index)) + "'"));
            }
        });
    }
}
