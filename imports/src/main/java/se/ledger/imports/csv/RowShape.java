package se.ledger.imports.csv;

import java.util.List;

/**
 * Checks of a row as a whole: broken quoting, cells beyond the header, and cells filled in columns that its typ
 * does not use (e.g. an organisational unit typed into a NYCKELTAL's "enhet"), which would otherwise be lost.
 */
final class RowShape {

    private RowShape() {
    }

    static void check(CsvRecord record, SheetHeader header, List<ParseProblem> problems) {
        List<CsvField> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            CsvField field = fields.get(i);
            if (field.syntaxProblem() != null) {
                problems.add(new ParseProblem(field.line(), header.nameAt(i), field.syntaxProblem()));
            }
            // a cell under an unknown header was reported once, with the header
            boolean headed = i < header.written().size() && !header.written().get(i).isEmpty();
            if (!headed && !field.isBlank()) {
                problems.add(new ParseProblem(field.line(), header.nameAt(i), "värde i en kolumn utan rubrik: '"
                        + Labels.trim(field.text()) + "'"));
            }
        }
    }

    static void checkUnusedColumns(CsvRecord record, SheetHeader header, SheetRowType type,
            List<ParseProblem> problems) {
        header.indexes().forEach((column, index) -> {
            if (!column.isUsedBy(type) && index < record.fields().size() && !record.fields().get(index).isBlank()) {
                problems.add(new ParseProblem(record.fields().get(index).line(), column.header(),
                        "används inte för " + type.label() + " och ska lämnas tom, men här står '"
                                + Labels.trim(record.fields().get(index).text()) + "'"));
            }
        });
    }
}
