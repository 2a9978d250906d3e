package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfig {

    /** Events are the long-lived contract: stored under stable names, read leniently for upcasting. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return LedgerSerializer.create(JacksonSerializer.builder()
                .objectMapper(objectMapper.copy())
                .revisionResolver(revisionResolver)
                .lenientDeserialization());
    }
}
