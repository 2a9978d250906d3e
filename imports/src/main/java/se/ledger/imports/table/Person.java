package se.ledger.imports.table;

/**
 * A row of the signature table ("Sign / Namn / Befattning/funktion, Nämnd").
 *
 * @param initials as written in the table, case kept ("LiDa")
 * @param role     the text before the last comma of the third column; null when the cell is empty
 * @param board    the text after the last comma (nämnd, e.g. "BUN"); null when there is no comma
 */
public record Person(String initials, String name, String role, String board) {
}
