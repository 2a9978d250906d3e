package se.ledger.events;

import java.time.LocalDate;

/** One date of a plan's reporting calendar, e.g. "Delårsrapport per 31 augusti" on 2022-08-31. */
public record ReportOccasion(String title, LocalDate reportDate) {
}
