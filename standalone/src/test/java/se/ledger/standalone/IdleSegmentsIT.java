package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.query.ProjectionProgress;
import se.ledger.query.QuerySideConfig;

/**
 * A minPosition read waits for the segment that owns the written event, not for idle segments
 * whose stored token lags only because nothing of theirs has happened since.
 */
class IdleSegmentsIT extends LedgerTestBase {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionProgress progress;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;

    @Test
    void onlyTheOwningSegmentMustHavePassedTheWrite() {
        givenPlan();
        read("/api/plans/" + plan);
        long position = lastPosition;
        var processor = processing.eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        Map<Integer, Object[]> saved = new HashMap<>();
        jdbc.sql("SELECT segment, token, tokentype FROM public.tokenentry WHERE processorname = ?")
                .param(QuerySideConfig.PLAN_PROJECTION)
                .query((rs, n) -> saved.put(rs.getInt(1), new Object[] {rs.getBytes(2), rs.getString(3)})).list();
        try {
            String aggregate = jdbc.sql("SELECT aggregateidentifier FROM public.domainevententry WHERE globalindex = ?")
                    .param(position).query(String.class).single();
            Segment[] segments = Segment.computeSegments(saved.keySet().stream().mapToInt(i -> i).toArray());
            assertThat(segments).hasSizeGreaterThan(1);
            Stream.of(segments).filter(s -> !s.matches(Objects.hashCode(aggregate)))
                    .forEach(idle -> storeTokenBefore(idle.getSegmentId(), position));
            assertThat(progress.covers(position)).isTrue();

            Stream.of(segments).forEach(s -> storeTokenBefore(s.getSegmentId(), position));
            assertThat(progress.covers(position)).isFalse();
        } finally {
            saved.forEach((segment, token) -> jdbc.sql("UPDATE public.tokenentry SET token = ?, tokentype = ?"
                    + " WHERE processorname = ? AND segment = ?")
                    .params(token[0], token[1], QuerySideConfig.PLAN_PROJECTION, segment).update());
            processor.start();
        }
        assertThat(read("/api/plans/" + plan).get("organisation").asText()).isEqualTo("Vaggeryds kommun");
    }

    private void storeTokenBefore(int segment, long position) {
        var token = serializer.serialize(GapAwareTrackingToken.newInstance(position - 1, List.of()), byte[].class);
        jdbc.sql("UPDATE public.tokenentry SET token = ?, tokentype = ? WHERE processorname = ? AND segment = ?")
                .params(token.getData(), token.getType().getName(), QuerySideConfig.PLAN_PROJECTION, segment)
                .update();
    }
}
