package se.ledger.imports.text;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing in a file that could not be interpreted.
 *
 * @param line         1-based physical line of the file where the offending cell starts; in a workbook the sheet's
 *                     row number as Excel shows it
 * @param column       the spreadsheet's Swedish column header (e.g. "målvärde") or the plan table's cell number;
 *                     null when the whole line is at fault
 * @param reason       what is wrong, in Swedish (it reaches the municipal user verbatim), quoting the offending text
 * @param sheet        a workbook's sheet (blad) the row is on; null for a text file
 * @param columnLetter a workbook's column as Excel names it ("D"); null for a text file or a whole row
 */
public record ImportProblem(int line, String column, String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sheet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String columnLetter) {

    public ImportProblem(int line, String column, String reason) {
        this(line, column, reason, null, null);
    }

    /** A problem in the plan table, whose cells have numbers rather than headers. */
    public ImportProblem(int line, int cell, String reason) {
        this(line, String.valueOf(cell), reason);
    }

    /** The same problem located in a workbook: "Blad 'Plan', rad 7, kolumn D". */
    public ImportProblem inSheet(String sheetName, String letter) {
        return new ImportProblem(line, column, reason, sheetName, letter);
    }

    @Override
    public String toString() {
        if (sheet != null) {
            return "blad '" + sheet + "', rad " + line + (columnLetter == null ? "" : ", kolumn " + columnLetter)
                    + (column == null ? "" : " ('" + column + "')") + ": " + reason;
        }
        return "rad " + line + (column == null ? "" : ", kolumn " + (column.chars().allMatch(Character::isDigit)
                ? column : "'" + column + "'")) + ": " + reason;
    }
}
