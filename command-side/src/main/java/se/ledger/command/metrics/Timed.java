package se.ledger.command.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Times the ledger's writes and imports. Tags stay few and bounded (a command's type, an outcome),
 * never an entity id: each distinct tag value is a series Prometheus keeps forever.
 * Without Spring Boot's registry (the command side alone, no actuator) Micrometer's global one
 * records nothing, so the write path needs no metrics setup to run.
 */
@Component
public class Timed {

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    private final MeterRegistry registry;

    @Autowired
    Timed(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
    }

    public Timed(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code work}, recorded in {@code name} with the tags and an outcome tag. */
    public <T> T record(String name, String description, Supplier<T> work, String... tags) {
        var sample = Timer.start(registry);
        String outcome = FAILURE;
        try {
            T result = work.get();
            outcome = SUCCESS;
            return result;
        } finally {
            sample.stop(Timer.builder(name).description(description).tags(tags).tag("outcome", outcome)
                    .register(registry));
        }
    }
}
