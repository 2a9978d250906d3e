package se.ledger.command;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import se.ledger.events.PlanId;

/**
 * The effective-date rules shared by all entities of a plan: what is reported lies inside the
 * plan's period and not after today; what is planned lies inside the period.
 */
public final class EffectiveDates {

    private EffectiveDates() {
    }

    /** A reported fact (status, comment, measurement, prognosis): defaults to today. */
    public static LocalDate reported(LocalDate given, PlanId plan, Directory directory, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = given != null ? given : today;
        afterToday(date, today).ifPresent(message -> {
            throw new RuleViolation("effectiveDate", message);
        });
        return insidePeriod(date, plan, directory);
    }

    /** The rule for a reported date, in the words a user reads whichever door it came through (API, import). */
    public static Optional<String> afterToday(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? Optional.of("Datumet " + date + " ligger efter dagens datum " + today + ".")
                : Optional.empty();
    }

    /** A planned fact (definition, revision): defaults to the given fallback. */
    public static LocalDate planned(LocalDate given, LocalDate fallback, PlanId plan, Directory directory) {
        return insidePeriod(given != null ? given : fallback, plan, directory);
    }

    /** A month report is about the month's last day, or today while the month is running. */
    public static LocalDate ofMonth(YearMonth month, PlanId plan, Directory directory, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new RuleViolation("month", "Månaden " + month + " har inte börjat än.");
        }
        LocalDate last = month.atEndOfMonth();
        return insidePeriod(last.isAfter(today) ? today : last, plan, directory);
    }

    public static PlanPeriod periodOf(PlanId plan, Directory directory) {
        return directory.periodOf(plan)
                .orElseThrow(() -> new RuleViolation("planId", "Planen " + plan + " finns inte."));
    }

    private static LocalDate insidePeriod(LocalDate date, PlanId plan, Directory directory) {
        periodOf(plan, directory).outside(date).ifPresent(message -> {
            throw new RuleViolation("effectiveDate", message);
        });
        return date;
    }
}
