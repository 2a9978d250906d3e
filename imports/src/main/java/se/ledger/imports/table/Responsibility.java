package se.ledger.imports.table;

import java.util.List;

/**
 * The "Ansvariga" cell of a development area, e.g. "Magnus Ljunggren + Lokalgrupp (LD, DN, CK, JJ, PEL, AH)".
 *
 * @param lead               the text before the first '+', null when the cell is empty
 * @param group              the text after the first '+', null when there is none
 * @param people             the lead if the signature table knows the name, then every initials token of the
 *                           cell found in the signature table, in order of appearance, without duplicates
 * @param unresolvedInitials initials-shaped tokens (2–4 letters, capitals, "LiDa" style allowed) that the
 *                           signature table does not know, e.g. "TÅ" or a group acronym such as "KLG"
 * @param raw                the cell as plain text
 */
public record Responsibility(String lead, String group, List<Person> people, List<String> unresolvedInitials,
        String raw) {

    public Responsibility {
        people = List.copyOf(people);
        unresolvedInitials = List.copyOf(unresolvedInitials);
    }
}
