package se.ledger.plan.command;

import java.math.BigDecimal;
import se.ledger.command.RuleViolation;

/** The share of activities at risk is a share: from 0 up to, not including, 1. */
final class RuleParameters {

    private RuleParameters() {
    }

    static void check(BigDecimal notMetShare) {
        if (notMetShare == null || notMetShare.signum() < 0 || notMetShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new RuleViolation("notMetShare",
                    "Andelen aktiviteter med risk anges som ett tal från 0 till (men inte med) 1, t.ex. 0.5.");
        }
    }
}
