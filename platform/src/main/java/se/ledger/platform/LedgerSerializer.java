package se.ledger.platform;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Stores events under their {@code @JsonTypeName} instead of their Java class name, so that a
 * class can be renamed or moved without orphaning the events already stored. Anything without a
 * stable name (tokens, other messages) keeps Axon's default naming.
 */
public class LedgerSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> classesByName;

    protected LedgerSerializer(Builder builder, Map<String, Class<?>> classesByName) {
        super(builder);
        this.classesByName = Map.copyOf(classesByName);
    }

    /**
     * Events written by a later version may carry fields this one does not know: they are read,
     * not refused, whatever the application's own mapper says about unknown fields.
     */
    public static LedgerSerializer create(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        var mapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new LedgerSerializer(JacksonSerializer.builder().objectMapper(mapper).revisionResolver(revisionResolver),
                EventCatalogue.classesByName());
    }

    @Override
    public SerializedType typeForClass(Class type) {
        JsonTypeName name = type == null ? null : (JsonTypeName) type.getAnnotation(JsonTypeName.class);
        if (name == null || !classesByName.containsKey(name.value())) {
            return super.typeForClass(type);
        }
        return new SimpleSerializedType(name.value(), getRevisionResolver().revisionOf(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        Class<?> known = classesByName.get(serializedType.getName());
        return known != null ? known.getName() : serializedType.getName();
    }
}
