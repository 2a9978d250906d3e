package se.ledger.imports.csv;

/**
 * A cell as read: quotes removed, "" turned into ", line endings inside quotes kept as \n.
 *
 * @param syntaxProblem why the quoting is broken, or null
 */
record CsvField(String text, int line, String syntaxProblem) {

    boolean isBlank() {
        return Labels.trim(text).isEmpty();
    }
}
