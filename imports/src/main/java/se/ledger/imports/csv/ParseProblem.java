package se.ledger.imports.csv;

/**
 * One line of the spreadsheet file that could not be interpreted.
 *
 * @param line   1-based physical line where the offending cell starts
 * @param column the Swedish header of the offending column, e.g. "målvärde"; null when the whole line is at fault
 * @param reason what is wrong, in Swedish (it reaches the municipal user verbatim), quoting the offending text
 */
public record ParseProblem(int line, String column, String reason) {

    @Override
    public String toString() {
        return "rad " + line + (column == null ? "" : ", kolumn '" + column + "'") + ": " + reason;
    }
}
