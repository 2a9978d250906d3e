package se.ledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which token a node believes for each segment: its own live status only for what it still holds. */
class SegmentTokensTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aSegmentAnotherNodeHoldsIsJudgedByItsStoredTokenWhateverThisNodesStatusStillSays() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            jdbc.sql("CREATE TABLE tokenentry (processorname VARCHAR(255) NOT NULL, segment INTEGER NOT NULL,"
                    + " token BYTEA, tokentype VARCHAR(255), timestamp VARCHAR(255), owner VARCHAR(255))").update();
            store(jdbc, 0, "this-node", 5);
            store(jdbc, 1, "other-node", 20);
            // after a database failover Axon's status kept segment 1, lost to the other node, at its old token
            var live = Map.of(0, status(30), 1, status(3));
            var processor = mock(StreamingEventProcessor.class);
            when(processor.processingStatus()).thenReturn(live);
            var processing = mock(EventProcessingConfiguration.class);
            when(processing.eventProcessor(QuerySideConfig.PLAN_PROJECTION, StreamingEventProcessor.class))
                    .thenReturn(Optional.of(processor));
            var progress = new ProjectionProgress(processing, jdbc, serializer,
                    new ProjectionProperties(null, null, null, null, "this-node"));

            assertThat(progress.segmentTokens()).isEqualTo(Map.of(0, token(30), 1, token(20)));
        }
    }

    private void store(JdbcClient jdbc, int segment, String owner, long index) {
        var serialized = serializer.serialize(token(index), byte[].class);
        jdbc.sql("INSERT INTO tokenentry (processorname, segment, token, tokentype, owner) VALUES (?, ?, ?, ?, ?)")
                .params(QuerySideConfig.PLAN_PROJECTION, segment, serialized.getData(), serialized.getType().getName(),
                        owner)
                .update();
    }

    private static EventTrackerStatus status(long index) {
        var status = mock(EventTrackerStatus.class);
        when(status.getTrackingToken()).thenReturn(token(index));
        return status;
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }
}
