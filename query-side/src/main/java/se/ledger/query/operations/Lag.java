package se.ledger.query.operations;

import java.util.Map;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * How far the projection trails the event store, per segment, at one moment.
 *
 * @param segments   by segment number: global positions between the newest event and the segment's
 *                   token, and the age of the oldest event it has not passed (0 when caught up)
 * @param rebuilding a rebuild runs: readers are served by the previous generation meanwhile
 * @param rebuildProgress share of the replay done, by position, of the slowest segment (1 when none runs)
 */
public record Lag(Map<Integer, Segment> segments, boolean rebuilding, double rebuildProgress) {

    public record Segment(long events, double seconds) {
    }

    public long maxEvents() {
        return segments.values().stream().mapToLong(Segment::events).max().orElse(0);
    }

    public double maxSeconds() {
        return segments.values().stream().mapToDouble(Segment::seconds).max().orElse(0);
    }

    /** The position a token has reached; a replay counts where it is, not where it was reset from. */
    static long position(TrackingToken token) {
        if (token instanceof ReplayToken replay) {
            return position(replay.getCurrentToken());
        }
        return token == null ? -1 : token.position().orElse(-1);
    }

    static long eventsBehind(TrackingToken token, long head) {
        return Math.max(0, head - position(token));
    }

    /** 1 for a token that is not replaying; else how much of the way to the reset point is done. */
    static double replayed(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return 1;
        }
        long target = position(replay.getTokenAtReset());
        if (target <= 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, (double) position(replay.getCurrentToken())) / target);
    }
}
