package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Without an issuer nothing of OpenID Connect exists; the provider is contacted only at the first sign-in. */
class OidcConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OidcProperties.class)
    static class Identity {
        @Bean
        OidcIdentity oidcIdentity(OidcProperties properties) {
            return new OidcIdentity(properties);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Identity.class, OidcConfig.class);

    @Test
    void noIssuerOrABlankOneMeansNoProvider() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class)
                .doesNotHaveBean(JwtDecoder.class));
        runner.withPropertyValues("ledger.security.oidc.issuer-uri= ").run(context -> assertThat(context)
                .doesNotHaveBean(ClientRegistrationRepository.class).doesNotHaveBean(JwtDecoder.class));
    }

    @Test
    void anIssuerStartsTheLedgerWithoutContactingIt() {
        // nothing listens on port 9: a discovery at start would fail the context
        runner.withPropertyValues("ledger.security.oidc.issuer-uri=http://localhost:9/tenant",
                "ledger.security.oidc.client-id=ledger").run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(ClientRegistrationRepository.class).hasSingleBean(JwtDecoder.class));
    }

    @Test
    void anIssuerWithoutAClientIdFailsAtStartNamingTheSetting() {
        runner.withPropertyValues("ledger.security.oidc.issuer-uri=http://localhost:9/tenant").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("ledger.security.oidc.client-id"));
    }
}
