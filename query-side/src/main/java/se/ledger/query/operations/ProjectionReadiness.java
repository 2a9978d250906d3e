package se.ledger.query.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code projection} in /actuator/health and its readiness group: OUT_OF_SERVICE while a segment
 * trails by more than {@code ledger.operations.readiness-max-lag-events} or its oldest unprojected
 * event is older than {@code readiness-max-lag}, so a load balancer sends reads elsewhere until this
 * node has caught up (e.g. after a start on a large backlog). A rebuild does not count: readers are
 * served by the previous generation until it has caught up.
 */
@Component("projectionHealthIndicator")
class ProjectionReadiness implements HealthIndicator {

    private final ProjectionLag lag;
    private final OperationsProperties properties;

    ProjectionReadiness(ProjectionLag lag, OperationsProperties properties) {
        this.lag = lag;
        this.properties = properties;
    }

    @Override
    public Health health() {
        return judge(lag.now(), properties);
    }

    static Health judge(Lag lag, OperationsProperties limits) {
        boolean caughtUp = !lag.segments().isEmpty() && lag.maxEvents() <= limits.readinessMaxLagEvents()
                && lag.maxSeconds() <= limits.readinessMaxLag().toMillis() / 1000.0;
        return (caughtUp || lag.rebuilding() ? Health.up() : Health.outOfService())
                .withDetail("segments", lag.segments())
                .withDetail("maxLagEvents", limits.readinessMaxLagEvents())
                .withDetail("maxLagSeconds", limits.readinessMaxLag().toSeconds())
                .withDetail("rebuilding", lag.rebuilding())
                .build();
    }
}
