package se.ledger.imports.kolada;

import java.math.BigDecimal;

/** The total (gender T) value Kolada publishes for one year. */
public record KoladaValue(int year, BigDecimal value) {
}
