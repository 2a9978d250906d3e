package se.ledger.imports.csv;

import java.util.Map;
import se.ledger.command.RuleViolation;
import se.ledger.platform.InvalidInput;

/**
 * Runs a rule of the command side (a policy such as Targets or Contributions) on a row, so that the file is
 * refused with the same Swedish message as the API, at the line and the sheet column of the API field named.
 */
final class LedgerRules {

    private LedgerRules() {
    }

    /** @param columns the sheet column of each API field the rule may name; otherwise {@code fallback} */
    static void check(RowCells row, Map<String, SheetColumn> columns, SheetColumn fallback, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation e) {
            row.problem(columns.getOrDefault(e.field(), fallback), e.getMessage());
        } catch (InvalidInput e) {
            e.problems().forEach(p -> row.problem(columns.getOrDefault(p.field(), fallback), p.detail()));
        }
    }
}
