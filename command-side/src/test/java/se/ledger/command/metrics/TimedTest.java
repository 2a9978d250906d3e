package se.ledger.command.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class TimedTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Timed timed = new Timed(registry);

    @Test
    void aWriteIsCountedUnderItsCommandAndOutcomeAlsoWhenItFails() {
        assertThat(timed.record("ledger.write", "", () -> "ok", "command", "ChangeActivityStatus")).isEqualTo("ok");
        assertThatThrownBy(() -> timed.record("ledger.write", "", () -> {
            throw new IllegalStateException("refused");
        }, "command", "ChangeActivityStatus")).hasMessage("refused");

        assertThat(registry.get("ledger.write").tags("command", "ChangeActivityStatus", "outcome", "success")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("ledger.write").tags("command", "ChangeActivityStatus", "outcome", "failure")
                .timer().count()).isEqualTo(1);
    }
}
