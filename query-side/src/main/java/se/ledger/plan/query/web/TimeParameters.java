package se.ledger.plan.query.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import se.ledger.platform.InvalidInput;
import se.ledger.query.WrittenPositions;

/**
 * Reads the two time axes from query parameters. An instant may be given with an offset, as a
 * local time in Stockholm, or as a date (meaning: what the ledger knew at the end of that day).
 */
@Component
class TimeParameters {

    private final Clock clock;
    private final WrittenPositions written;

    TimeParameters(Clock clock, WrittenPositions written) {
        this.clock = clock;
        this.written = written;
    }

    Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1000);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "ogiltig tidpunkt '" + value + "' (t.ex. 2022-09-26T14:30:00+02:00 eller 2022-09-26)");
        }
    }

    Instant required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "krävs");
        }
        return instant(name, value);
    }

    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "ogiltigt datum '" + value + "' (t.ex. 2022-08-31)");
        }
    }

    /** The municipality's date at an instant. */
    LocalDate dateAt(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    int year(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput("year", "ogiltigt år '" + value + "'");
    }

    Long position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value);
            if (position >= 0) {
                return written.requireWritten("minPosition", position);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput("minPosition", "ska vara en position (ett heltal ≥ 0) från ett skrivsvar");
    }
}
