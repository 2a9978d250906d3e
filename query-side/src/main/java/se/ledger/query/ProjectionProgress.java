package se.ledger.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the projection has taken in the event at a global position, read from the shared
 * token table, so it holds for every query-side node whichever segment the event fell in.
 */
@Component
public class ProjectionProgress {

    /** The projection did not catch up in time: answered 503 with Retry-After. */
    public static class Behind extends RuntimeException {
        public Behind(long position) {
            super("Projektionen har ännu inte läst in händelse " + position + "; försök igen om en stund.");
        }
    }

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ProjectionProperties properties;

    ProjectionProgress(EventProcessingConfiguration processing, JdbcClient jdbc, Serializer serializer,
            ProjectionProperties properties) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
    }

    public void await(Long position) {
        if (position == null) {
            return;
        }
        long deadline = System.nanoTime() + properties.waitMillis() * 1_000_000;
        while (!covers(position)) {
            if (System.nanoTime() > deadline) {
                throw new Behind(position);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Behind(position);
            }
        }
    }

    /**
     * Segments this node works on are judged by their live status (a segment with nothing to do
     * stores its token only now and then); the others by the token their node last stored.
     */
    public boolean covers(long position) {
        Map<Integer, TrackingToken> tokens = segmentTokens();
        if (tokens.isEmpty()) {
            return false;
        }
        boolean byAggregate = processing.sequencingPolicy(QuerySideConfig.PLAN_PROJECTION)
                instanceof SequentialPerAggregatePolicy;
        for (Segment segment : Segment.computeSegments(tokens.keySet().stream().mapToInt(i -> i).toArray())) {
            var token = tokens.get(segment.getSegmentId());
            Predicate<String> owned = byAggregate ? id -> segment.matches(Objects.hashCode(id)) : id -> true;
            if (!SegmentCoverage.covers(token, position, owned, this::aggregateIds)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each segment's token as this node best knows it: its live status where this node works on
     * the segment, otherwise the token its node last stored. Whether this node works on it is the
     * token table's word: after the database failed over, Axon's status still listed segments
     * another node had claimed since, with the token they had before.
     */
    public Map<Integer, TrackingToken> segmentTokens() {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        Set<Integer> mine = new HashSet<>();
        jdbc.sql("SELECT segment, token, tokentype, owner FROM public.tokenentry WHERE processorname = ?")
                .param(QuerySideConfig.PLAN_PROJECTION)
                .query((rs, n) -> {
                    if (properties.nodeId().equals(rs.getString(4))) {
                        mine.add(rs.getInt(1));
                    }
                    return tokens.put(rs.getInt(1), rs.getBytes(2) == null ? null
                            : (TrackingToken) serializer.deserialize(
                                    new SimpleSerializedObject<>(rs.getBytes(2), byte[].class, rs.getString(3), null)));
                })
                .list();
        processing.eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of())
                .forEach((segment, status) -> {
                    if (mine.contains(segment)) {
                        tokens.put(segment, status.getTrackingToken());
                    }
                });
        return tokens;
    }

    /** The sequencing identifier of every event is its aggregate's (Axon's default policy). */
    private List<String> aggregateIds(long after, long upTo, SortedSet<Long> gaps) {
        return jdbc.sql("SELECT aggregateidentifier FROM public.domainevententry"
                        + " WHERE globalindex > ? AND globalindex <= ? OR globalindex = ANY(?)")
                .params(after, upTo, gaps.toArray(Long[]::new)).query(String.class).list();
    }

    /** During a rebuild the active generation already holds everything up to the reset point. */
    static boolean covers(TrackingToken token, long position) {
        if (token instanceof ReplayToken replay) {
            return covers(replay.getTokenAtReset(), position) || covers(replay.getCurrentToken(), position);
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }
}
