package se.ledger.plan.query.api;

import java.time.Instant;

/** The plan's reporting calendar as set by asOf. */
public record FetchReportCalendar(String planId, Instant asOf) {
}
