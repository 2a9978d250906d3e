package se.ledger.imports.csv;

import java.util.ArrayList;
import java.util.List;

/** Ids are free text chosen by the municipality; only the comma is reserved, as it separates ids in a cell. */
final class Ids {

    private Ids() {
    }

    static String required(RowCells row, SheetColumn column) {
        String id = row.required(column);
        if (id != null && id.contains(",")) {
            row.problem(column, "ett id kan inte innehålla kommatecken: '" + id + "'");
        }
        return id;
    }

    static List<String> list(RowCells row, SheetColumn column) {
        String text = row.required(column);
        List<String> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String part : text.split(",")) {
            String id = Labels.trim(part);
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            row.problem(column, "inget id i '" + text + "'");
        }
        return ids;
    }
}
