package se.ledger.imports.csv;

import java.util.List;

/** One record; with quoted line breaks it may span several physical lines, line is the first. */
record CsvRecord(int line, List<CsvField> fields) {

    CsvRecord {
        fields = List.copyOf(fields);
    }

    boolean isBlank() {
        return fields.stream().allMatch(CsvField::isBlank);
    }

    /** A row whose first cell starts with '#' is a comment, so templates can carry examples. */
    boolean isComment() {
        return Labels.trim(fields.get(0).text()).startsWith("#");
    }

    /** Excel's hint line "sep=;" which it writes and reads at the top of a file. */
    boolean isSeparatorHint() {
        return fields.size() == 2 && Labels.trim(fields.get(0).text()).equalsIgnoreCase("sep=")
                && fields.get(1).isBlank();
    }
}
