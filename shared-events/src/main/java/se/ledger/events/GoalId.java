package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a goal (mål, delmål, utvecklingsområde). */
public record GoalId(@JsonValue String value) {
    @JsonCreator
    public GoalId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("GoalId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
