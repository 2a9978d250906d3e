package se.ledger.events;

import java.math.BigDecimal;

/** One step of an indicator's path of yearly targets, as the budget sets them (2021: 90). */
public record YearTarget(int year, BigDecimal value) {
}
