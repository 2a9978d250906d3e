package se.ledger.indicator.command;

import se.ledger.command.RuleViolation;
import se.ledger.events.Target;

/** A target is a number by a date, a direction, or a qualitative text: exactly one. */
final class Targets {

    private Targets() {
    }

    static void check(Target target) {
        if (target == null) {
            throw new RuleViolation("target", "Ett nyckeltal måste ha ett önskat läge.");
        }
        int kinds = (target.value() != null ? 1 : 0) + (target.direction() != null ? 1 : 0)
                + (target.text() != null && !target.text().isBlank() ? 1 : 0);
        if (kinds != 1) {
            throw new RuleViolation("target",
                    "Önskat läge anges som exakt ett av: värde, riktning (INCREASE/DECREASE) eller text.");
        }
        if (target.numeric() && target.date() == null) {
            throw new RuleViolation("target.date", "Ett målvärde måste ha ett datum då det ska vara nått.");
        }
    }
}
