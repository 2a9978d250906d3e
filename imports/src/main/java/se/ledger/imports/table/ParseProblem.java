package se.ledger.imports.table;

/**
 * One thing the plan-table parser could not interpret.
 *
 * @param line   1-based physical line of the file where the offending cell starts
 * @param column 1-based cell index within the (logical) row
 * @param reason what is wrong, in Swedish (it reaches the municipal user verbatim), quoting the offending text
 */
public record ParseProblem(int line, int column, String reason) {

    @Override
    public String toString() {
        return "rad " + line + ", kolumn " + column + ": " + reason;
    }
}
