package se.ledger.query;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Whether one segment has taken in everything of its own up to a global position. An idle
 * segment's token moves only when its claim is extended (about a second), so a segment also
 * counts as past the position when none of the events it has not yet seen, up to the position,
 * belongs to it: a read then waits only for the segments that own what was written. Not yet seen
 * are the positions beyond the token's index and its gaps: positions that were not committed yet
 * when the token passed them (another writer's transaction, on this node or another), which may
 * hold an event of the segment by now, or never will (a rolled-back append).
 */
final class SegmentCoverage {

    /** The stored events at positions a token has not seen, by their sequencing identifiers. */
    interface EventsBetween {
        /** Sequencing identifiers of the events with {@code after < position <= upTo} or at one of {@code gaps}. */
        List<String> sequenceIds(long after, long upTo, SortedSet<Long> gaps);
    }

    /** Beyond this many unseen positions the segment waits for its token rather than a look-up. */
    static final long MAX_LOOKUP = 10_000;

    private SegmentCoverage() {
    }

    static boolean covers(TrackingToken token, long position, Predicate<String> ownedBySegment,
            EventsBetween events) {
        if (token == null || token instanceof ReplayToken) {
            return ProjectionProgress.covers(token, position);
        }
        long seen = token.position().orElse(Long.MIN_VALUE);
        SortedSet<Long> gaps = new TreeSet<>();
        if (token instanceof GapAwareTrackingToken gapAware) {
            seen = gapAware.getIndex();
            gaps.addAll(gapAware.getGaps().headSet(position + 1));
        }
        if (seen >= position && gaps.isEmpty()) {
            return true;
        }
        if (seen < -1 || position - seen > MAX_LOOKUP || gaps.size() > MAX_LOOKUP) {
            return false;
        }
        return events.sequenceIds(Math.min(seen, position), position, gaps).stream().noneMatch(ownedBySegment);
    }
}
