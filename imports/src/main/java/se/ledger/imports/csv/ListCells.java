package se.ledger.imports.csv;

import java.util.ArrayList;
import java.util.List;

/** A cell holding a list: one item per line inside the cell (Alt+Enter in Excel), or items separated by '|'. */
final class ListCells {

    private ListCells() {
    }

    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[|\\n]")) {
                String item = Labels.trim(part);
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }
}
