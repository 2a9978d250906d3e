package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfig {

    /** Events are the long-lived contract: stored under stable names, read tolerantly for upcasting. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return LedgerSerializer.create(objectMapper, revisionResolver);
    }
}
