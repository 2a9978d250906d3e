package se.ledger.bench.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import se.ledger.platform.LedgerSerializer;

/**
 * A generated event as the line COPY takes into domainevententry, written exactly as Axon's
 * JdbcEventStorageEngine.appendEvents writes a row: payload and metadata serialized by the event
 * serializer (the ledger's LedgerSerializer) to bytes, the serialized type's name and revision,
 * the aggregate's type, and the timestamp as DateTimeUtils.formatInstant's text.
 */
public final class EventRows {

    /** The columns of each line, in order. */
    public static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,"
            + " payloadtype, payloadrevision, payload, metadata";

    private final Serializer serializer;
    private final Random random = new Random(11);
    private final HexFormat hex = HexFormat.of();

    public EventRows() {
        this.serializer = ledgerSerializer();
    }

    /**
     * The serializer the ledger's AxonSerializationConfig builds, over an ObjectMapper set as
     * platform's ledger-defaults.properties set Spring's (ISO dates, no nulls; its time zone only
     * touches java.util dates, which no event carries).
     */
    public static Serializer ledgerSerializer() {
        var mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return LedgerSerializer.create(mapper, new AnnotationRevisionResolver());
    }

    /** One COPY text line (tab-separated, bytea as \\x hex), ending in a newline. */
    public void append(StoredEvent event, Instant timestamp, StringBuilder line) {
        SerializedObject<byte[]> payload = serializer.serialize(event.payload(), byte[].class);
        // what Axon's MessageOriginProvider puts on every event a command applies
        String origin = new UUID(random.nextLong(), random.nextLong()).toString();
        SerializedObject<byte[]> metadata = serializer.serialize(
                MetaData.from(Map.of("traceId", origin, "correlationId", origin)), byte[].class);
        line.append(new UUID(random.nextLong(), random.nextLong())).append('\t')
                .append(event.aggregateId()).append('\t')
                .append(event.sequence()).append('\t')
                .append(event.aggregateType()).append('\t')
                .append(DateTimeUtils.formatInstant(timestamp)).append('\t')
                .append(payload.getType().getName()).append('\t')
                .append(payload.getType().getRevision() == null ? "\\N" : payload.getType().getRevision()).append('\t')
                .append("\\\\x").append(hex.formatHex(payload.getData())).append('\t')
                .append("\\\\x").append(hex.formatHex(metadata.getData())).append('\n');
    }
}
