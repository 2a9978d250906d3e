package se.ledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Starting value (ingångsvärde) of an indicator and the date it was measured. */
public record Baseline(BigDecimal value, LocalDate date) {
}
