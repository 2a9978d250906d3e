package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledger.events.YearTarget;
import se.ledger.indicator.command.Targets;
import se.ledger.platform.input.InputRules;

/** "målvärden per år": "2020: 10 | 2021: 12,5", items separated by '|' or line breaks. */
final class YearTargetCells {

    private static final Pattern ITEM = Pattern.compile("(\\d{4})\\s*:\\s*(.+)");

    private YearTargetCells() {
    }

    static List<YearTarget> read(RowCells row) {
        List<YearTarget> targets = new ArrayList<>();
        for (String item : ListCells.items(row.text(SheetColumn.YEAR_TARGETS))) {
            Matcher m = ITEM.matcher(item);
            Optional<BigDecimal> value = m.matches() ? Decimals.parse(m.group(2)) : Optional.empty();
            if (value.isEmpty()) {
                row.problem(SheetColumn.YEAR_TARGETS, "'" + item + "' är inte år: värde (skriv t.ex. "
                        + "2020: 10 | 2021: 12,5)");
            } else if (InputRules.numberProblem(value.get()) != null) {
                row.problem(SheetColumn.YEAR_TARGETS, "talet '" + m.group(2) + "': "
                        + InputRules.numberProblem(value.get()));
            } else {
                targets.add(new YearTarget(Integer.parseInt(m.group(1)), value.get()));
            }
        }
        LedgerRules.check(row, Map.of(), SheetColumn.YEAR_TARGETS, () -> Targets.yearly(targets));
        return targets;
    }
}
