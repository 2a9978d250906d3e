package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final AtomicInteger attempts = new AtomicInteger();

    private String failingTimes(int failures) {
        if (attempts.incrementAndGet() <= failures) {
            throw new ConcurrencyException("sequence taken");
        }
        return "stored";
    }

    @Test
    void canRetryAPlainWriteThatLostARace() {
        assertThat(ConflictRetry.run(false, () -> failingTimes(2))).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void cannotRetryAWriteThatNamedItsVersion() {
        assertThatThrownBy(() -> ConflictRetry.run(true, () -> failingTimes(1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void cannotRetryForever() {
        assertThatThrownBy(() -> ConflictRetry.run(false, () -> failingTimes(100)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }
}
