package se.ledger.imports.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledger.imports.text.ImportProblem;

/** Reads the "Sign / Namn / Befattning/funktion, Nämnd" table that follows the areas. */
final class SignatureTable {

    private SignatureTable() {
    }

    static boolean isHeader(TsvRow row) {
        return HtmlText.text(row.first().text()).equalsIgnoreCase("Sign");
    }

    /** rows starts with the header row. */
    static Map<String, Person> read(List<TsvRow> rows, List<ImportProblem> problems) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (TsvRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Person person = readRow(row, problems);
            if (person == null) {
                continue;
            }
            if (people.containsKey(person.initials())) {
                problems.add(new ImportProblem(row.line(), 1, "signaturen '" + person.initials()
                        + "' används redan för " + people.get(person.initials()).name()));
            } else {
                people.put(person.initials(), person);
            }
        }
        return people;
    }

    private static Person readRow(TsvRow row, List<ImportProblem> problems) {
        List<TsvCell> cells = row.cells();
        int before = problems.size();
        String initials = HtmlText.text(cells.get(0).text());
        if (!Initials.looksLike(initials)) {
            problems.add(new ImportProblem(row.line(), 1,
                    (initials.isEmpty() ? "signaturen saknas" : "'" + initials + "' är ingen signatur")
                            + ": skriv 2–4 bokstäver i versaler, t.ex. 'LD' eller 'LiDa'"));
        }
        String name = cells.size() > 1 ? HtmlText.text(cells.get(1).text()) : "";
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row.line(), 2, initials.isEmpty() ? "namnet saknas"
                    : "namnet saknas för signaturen '" + initials + "'"));
        }
        for (TsvCell extra : cells.subList(Math.min(3, cells.size()), cells.size())) {
            if (!extra.isBlank()) {
                problems.add(new ImportProblem(extra.line(), extra.column(), "oväntad text '"
                        + AreaRows.abbreviate(HtmlText.text(extra.text())) + "': signaturtabellen har bara tre "
                        + "kolumner (Sign, Namn, Befattning/funktion, Nämnd)"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String roleAndBoard = cells.size() > 2 ? HtmlText.text(cells.get(2).text()) : "";
        int comma = roleAndBoard.lastIndexOf(',');
        String role = comma < 0 ? roleAndBoard : roleAndBoard.substring(0, comma).strip();
        String board = comma < 0 ? "" : roleAndBoard.substring(comma + 1).strip();
        return new Person(initials, name, role.isEmpty() ? null : role, board.isEmpty() ? null : board);
    }
}
