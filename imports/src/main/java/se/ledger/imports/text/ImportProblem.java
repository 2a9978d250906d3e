package se.ledger.imports.text;

/**
 * One thing in a file that could not be interpreted.
 *
 * @param line   1-based physical line of the file where the offending cell starts
 * @param column the spreadsheet's Swedish column header (e.g. "målvärde") or the plan table's cell number;
 *               null when the whole line is at fault
 * @param reason what is wrong, in Swedish (it reaches the municipal user verbatim), quoting the offending text
 */
public record ImportProblem(int line, String column, String reason) {

    /** A problem in the plan table, whose cells have numbers rather than headers. */
    public ImportProblem(int line, int cell, String reason) {
        this(line, String.valueOf(cell), reason);
    }

    @Override
    public String toString() {
        return "rad " + line + (column == null ? "" : ", kolumn " + (column.chars().allMatch(Character::isDigit)
                ? column : "'" + column + "'")) + ": " + reason;
    }
}
