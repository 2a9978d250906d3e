package se.ledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Desired state (önskat läge) of an indicator: exactly one of value, direction or text. */
public record Target(BigDecimal value, TargetDirection direction, String text, LocalDate date) {
    public boolean numeric() {
        return value != null;
    }

    public boolean qualitative() {
        return value == null && direction == null;
    }
}
