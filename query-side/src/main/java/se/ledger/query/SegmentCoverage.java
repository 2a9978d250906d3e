package se.ledger.query;

import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Whether one segment has taken in everything of its own up to a global position. An idle
 * segment's token moves only when its claim is extended (about a second), so a segment also
 * counts as past the position when none of the events it has not yet seen, up to the position,
 * belongs to it: a read then waits only for the segments that own what was written.
 */
final class SegmentCoverage {

    /** The stored events in a range of positions, by their sequencing identifiers. */
    interface EventsBetween {
        /** Sequencing identifiers of the events with {@code after < position <= upTo}. */
        List<String> sequenceIds(long after, long upTo);
    }

    /** Beyond this many unseen positions the segment waits for its token rather than a look-up. */
    static final long MAX_LOOKUP = 10_000;

    private SegmentCoverage() {
    }

    static boolean covers(TrackingToken token, long position, Predicate<String> ownedBySegment,
            EventsBetween events) {
        if (ProjectionProgress.covers(token, position)) {
            return true;
        }
        long seenUpTo = seenUpTo(token, position);
        if (seenUpTo < -1 || position - seenUpTo > MAX_LOOKUP) {
            return false;
        }
        return events.sequenceIds(seenUpTo, position).stream().noneMatch(ownedBySegment);
    }

    /**
     * The position up to which the token has seen every event (a gap at or below the position
     * may still hold one of the segment's events); below -1 when it cannot tell: a replay
     * token is judged by its own rule only.
     */
    static long seenUpTo(TrackingToken token, long position) {
        if (token == null || token instanceof ReplayToken) {
            return Long.MIN_VALUE;
        }
        long seen = token.position().orElse(Long.MIN_VALUE);
        if (token instanceof GapAwareTrackingToken gapAware) {
            seen = gapAware.getIndex();
            var gaps = gapAware.getGaps();
            if (!gaps.isEmpty() && gaps.first() <= position) {
                seen = Math.min(seen, gaps.first() - 1);
            }
        }
        return seen;
    }
}
