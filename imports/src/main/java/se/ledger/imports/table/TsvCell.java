package se.ledger.imports.table;

/** A cell as read, before any HTML or whitespace clean-up; line is where the cell starts. */
record TsvCell(String text, int line, int column) {

    boolean isBlank() {
        return HtmlText.text(text).isEmpty();
    }
}
