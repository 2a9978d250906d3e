package se.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a plan (verksamhetsplan). */
public record PlanId(@JsonValue String value) {
    @JsonCreator
    public PlanId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PlanId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
