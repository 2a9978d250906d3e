package se.ledger.imports;

/**
 * One thing in a file that could not be interpreted.
 *
 * @param line   1-based physical line of the file
 * @param column the plan table's cell number or the spreadsheet's column header; null when the whole line is at fault
 * @param reason what is wrong, quoting the offending text
 */
public record ImportProblem(int line, String column, String reason) {
}
