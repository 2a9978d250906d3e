package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Axon's handler time limits capture a stack trace per handler call: the ledger runs without them. */
class HandlerTimeoutsOffIT extends LedgerTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void noHandlerIsWrappedInATimeLimit() {
        assertThat(context.getEnvironment().getProperty("axon.timeout.enabled")).isEqualTo("false");
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration.class))
                .isEmpty();
    }
}
