package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.ledger.events.Target;
import se.ledger.events.TargetDirection;

/**
 * Desired state (önskat läge) of an indicator: exactly one of value, direction or text.
 *
 * @param date the target date (måldatum), null when none is given
 */
public record SheetTarget(BigDecimal value, SheetTargetDirection direction, String text, LocalDate date) {

    public SheetTarget {
        int given = (value != null ? 1 : 0) + (direction != null ? 1 : 0) + (text != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("a target is exactly one of a value, a direction or a text");
        }
    }

    public boolean isNumeric() {
        return value != null;
    }

    public boolean isDirection() {
        return direction != null;
    }

    public boolean isQualitative() {
        return text != null;
    }

    /** As the ledger's commands take it. */
    public Target toTarget() {
        return new Target(value, direction == null ? null : TargetDirection.valueOf(direction.name()), text, date);
    }
}
