package se.ledger.command;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks aggregate state that a snapshot stores: its fields as they are, not its methods, because
 * aggregates keep their state private and answer commands rather than getters. An aggregate's
 * {@code @Revision} names the shape of its snapshots: raise it whenever the state's fields change,
 * and Axon ignores the older snapshots and replays the events instead of loading a state with
 * missing or misread fields.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public @interface SnapshotState {
}
