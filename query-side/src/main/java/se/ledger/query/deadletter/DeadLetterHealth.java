package se.ledger.query.deadletter;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import se.ledger.query.QuerySideConfig;

/**
 * {@code deadLetters} in /actuator/health: UP while the projection has none, DEAD_LETTERS when
 * events wait for an administrator. Not DOWN or OUT_OF_SERVICE: every other event is projected
 * and the node answers, so a load balancer must not take it away.
 */
@Component("deadLettersHealthIndicator")
class DeadLetterHealth implements HealthIndicator {

    static final Status DEAD_LETTERS = new Status("DEAD_LETTERS",
            "Händelser som projektionen inte kunde hantera väntar; se /api/admin/dead-letters");

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long count = deadLetters.count();
        return Health.status(count == 0 ? Status.UP : DEAD_LETTERS)
                .withDetail("processingGroup", QuerySideConfig.PLAN_PROJECTION)
                .withDetail("count", count)
                .build();
    }
}
