package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an indicator (nyckeltal). */
public record IndicatorId(@JsonValue String value) {
    @JsonCreator
    public IndicatorId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("IndicatorId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
