package se.ledger.indicator.command;

import java.math.BigDecimal;
import se.ledger.command.RuleViolation;
import se.ledger.events.Judgement;

/**
 * What a measurement is: exactly one of a value, no new data, or a qualitative judgement, which must be
 * motivated by its text. The API and the spreadsheet importer apply the same rule.
 */
public final class MeasurementKinds {

    private MeasurementKinds() {
    }

    /** @throws RuleViolation naming "value" or "text" */
    public static void check(BigDecimal value, boolean noNewData, Judgement judgement, String text) {
        int given = (noNewData ? 1 : 0) + (value != null ? 1 : 0) + (judgement != null ? 1 : 0);
        if (given != 1) {
            throw new RuleViolation("value",
                    "Ange exakt ett av: ett värde, noNewData: true eller en kvalitativ bedömning (assessment).");
        }
        if (judgement != null && (text == null || text.isBlank())) {
            throw new RuleViolation("text", "En kvalitativ bedömning måste motiveras med en text.");
        }
    }
}
