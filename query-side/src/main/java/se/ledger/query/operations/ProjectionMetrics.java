package se.ledger.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import se.ledger.query.ProjectionProperties;
import se.ledger.query.QuerySideConfig;

/**
 * Projection lag per segment and rebuild progress as gauges. The segments are the configured ones
 * ({@code ledger.projection.segments}), tagged by number: a handful of series whatever the data.
 */
@Component
@EnableConfigurationProperties(OperationsProperties.class)
class ProjectionMetrics implements MeterBinder {

    private final ProjectionLag lag;
    private final int segments;

    ProjectionMetrics(ProjectionLag lag, ProjectionProperties projection) {
        this.lag = lag;
        this.segments = projection.segments();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (int segment = 0; segment < segments; segment++) {
            int s = segment;
            gauge(registry, "ledger.projection.lag.events", "Global positions the segment trails the event store",
                    Lag.Segment::events, s);
            gauge(registry, "ledger.projection.lag.seconds", "Age of the oldest event the segment has not passed",
                    Lag.Segment::seconds, s);
        }
        Gauge.builder("ledger.rebuild.running", lag, l -> l.now().rebuilding() ? 1 : 0)
                .description("1 while a rebuild replays into a new generation")
                .tag("projection", QuerySideConfig.PLAN_PROJECTION).register(registry);
        Gauge.builder("ledger.rebuild.progress", lag, l -> l.now().rebuildProgress())
                .description("Share of the replay done (slowest segment); 1 when no rebuild runs")
                .tag("projection", QuerySideConfig.PLAN_PROJECTION).register(registry);
    }

    /** A segment nobody has claimed yet has no token: NaN, not a made-up number. */
    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Lag.Segment> value,
            int segment) {
        Gauge.builder(name, lag, l -> {
                    var reading = l.now().segments().get(segment);
                    return reading == null ? Double.NaN : value.applyAsDouble(reading);
                }).description(description)
                .tag("projection", QuerySideConfig.PLAN_PROJECTION).tag("segment", String.valueOf(segment))
                .register(registry);
    }
}
