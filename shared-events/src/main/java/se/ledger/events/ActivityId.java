package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an activity (aktivitet). */
public record ActivityId(@JsonValue String value) {
    @JsonCreator
    public ActivityId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ActivityId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
