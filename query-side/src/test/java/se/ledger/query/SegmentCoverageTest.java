package se.ledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

class SegmentCoverageTest {

    /** Records the ranges looked up and answers with the given events. */
    static class Events implements SegmentCoverage.EventsBetween {
        final List<String> ids;
        final List<long[]> asked = new ArrayList<>();
        final List<SortedSet<Long>> gapsAsked = new ArrayList<>();

        Events(String... ids) {
            this.ids = List.of(ids);
        }

        @Override
        public List<String> sequenceIds(long after, long upTo, SortedSet<Long> gaps) {
            asked.add(new long[] {after, upTo});
            gapsAsked.add(gaps);
            return ids;
        }
    }

    static boolean mine(String id) {
        return id.startsWith("mine");
    }

    @Test
    void aTokenPastThePositionNeedsNoLookup() {
        var events = new Events("mine-1");
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(10, List.of()), 10,
                SegmentCoverageTest::mine, events)).isTrue();
        assertThat(events.asked).isEmpty();
    }

    @Test
    void anIdleSegmentIsPastWhenNoUnseenEventIsItsOwn() {
        var events = new Events("other-1", "other-2");
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(7, List.of()), 10,
                SegmentCoverageTest::mine, events)).isTrue();
        assertThat(events.asked).containsExactly(new long[] {7, 10});
    }

    @Test
    void aSegmentWithAnUnseenEventOfItsOwnIsNotPast() {
        assertThat(SegmentCoverage.covers(new GlobalSequenceTrackingToken(7), 10,
                SegmentCoverageTest::mine, new Events("other-1", "mine-2"))).isFalse();
    }

    @Test
    void aGapBelowThePositionIsLookedUpToo() {
        var events = new Events("other-1");
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(12, List.of(4L, 10L)), 10,
                SegmentCoverageTest::mine, events)).isTrue();
        assertThat(events.asked).containsExactly(new long[] {10, 10});
        assertThat(events.gapsAsked).containsExactly(new TreeSet<>(List.of(4L, 10L)));
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(12, List.of(4L, 10L)), 10,
                SegmentCoverageTest::mine, new Events("mine-at-10"))).isFalse();
    }

    /** Another writer's event committed after the token passed its position: not yet projected. */
    @Test
    void aTokenPastThePositionIsNotPastAGapBelowItThatNowHoldsAnEventOfItsOwn() {
        var events = new Events("mine-at-4");
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(12, List.of(4L)), 10,
                SegmentCoverageTest::mine, events)).isFalse();
        assertThat(events.gapsAsked).containsExactly(new TreeSet<>(List.of(4L)));
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(12, List.of(4L)), 10,
                SegmentCoverageTest::mine, new Events())).as("a gap that stays empty").isTrue();
        var above = new Events("mine-at-11");
        assertThat(SegmentCoverage.covers(GapAwareTrackingToken.newInstance(12, List.of(11L)), 10,
                SegmentCoverageTest::mine, above)).isTrue();
        assertThat(above.asked).isEmpty();
    }

    @Test
    void unknownOrReplayingOrFarBehindTokensWaitForTheirOwnProgress() {
        var events = new Events();
        var replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(20), new GlobalSequenceTrackingToken(3));
        assertThat(SegmentCoverage.covers(null, 10, id -> false, events)).isFalse();
        assertThat(SegmentCoverage.covers(replay, 30, id -> false, events)).isFalse();
        assertThat(SegmentCoverage.covers(new GlobalSequenceTrackingToken(0), SegmentCoverage.MAX_LOOKUP + 1,
                id -> false, events)).isFalse();
        assertThat(events.asked).isEmpty();
    }

    @Test
    void everyAggregateBelongsToExactlyOneSegment() {
        Segment[] segments = Segment.computeSegments(0, 1, 2, 3);
        Stream.of("plan-1", "activity-77", "goal-x", "c0ffee").forEach(id -> assertThat(
                Stream.of(segments).filter(s -> s.matches(Objects.hashCode(id))).count()).isEqualTo(1));
    }
}
