package se.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class LagTest {

    private final OperationsProperties limits = new OperationsProperties(10L, Duration.ofSeconds(5), null);

    @Test
    void aSegmentTrailsByThePositionsBetweenItsTokenAndTheNewestEvent() {
        assertThat(Lag.eventsBehind(GapAwareTrackingToken.newInstance(90, Set.of(85L)), 100)).isEqualTo(10);
        assertThat(Lag.eventsBehind(new GlobalSequenceTrackingToken(100), 100)).isZero();
        assertThat(Lag.eventsBehind(null, 100)).isEqualTo(101);
        assertThat(Lag.eventsBehind(new GlobalSequenceTrackingToken(5), -1)).isZero();
    }

    @Test
    void aReplayCountsWhereItIsAndHowFarToTheResetPoint() {
        var replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(200),
                new GlobalSequenceTrackingToken(50));
        assertThat(Lag.position(replay)).isEqualTo(50);
        assertThat(Lag.replayed(replay)).isEqualTo(0.25);
        assertThat(Lag.replayed(new GlobalSequenceTrackingToken(3))).isEqualTo(1);
    }

    @Test
    void readyOnlyWithinBothLimitsUnlessARebuildServesTheOldGeneration() {
        assertThat(status(new Lag.Segment(10, 5), false)).isEqualTo(Status.UP);
        assertThat(status(new Lag.Segment(11, 0), false)).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(status(new Lag.Segment(1, 5.5), false)).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(status(new Lag.Segment(5000, 60), true)).isEqualTo(Status.UP);
        assertThat(ProjectionReadiness.judge(new Lag(Map.of(), false, 1), limits).getStatus())
                .as("no segment claimed yet").isEqualTo(Status.OUT_OF_SERVICE);
    }

    private Status status(Lag.Segment worst, boolean rebuilding) {
        var lag = new Lag(Map.of(0, new Lag.Segment(0, 0), 1, worst), rebuilding, 1);
        return ProjectionReadiness.judge(lag, limits).getStatus();
    }
}
