package se.ledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Starting value (ingångsvärde) of an indicator and the date it was measured; or a text when it
 * is not a number ("Sätts i samband med ny kostpolicy"), the date then optional.
 */
public record Baseline(BigDecimal value, String text, LocalDate date) {

    public Baseline(BigDecimal value, LocalDate date) {
        this(value, null, date);
    }
}
