package se.ledger.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Sign-in through the organisation's OpenID Connect provider and its bearer tokens, only when an
 * issuer is configured. The provider's discovery document is read at the first sign-in or token,
 * not at start: a ledger whose provider is briefly unreachable still starts and serves Basic users.
 */
@Configuration(proxyBeanMethods = false)
// an issuer set but empty (a deployment template's blank variable) is no provider either
@ConditionalOnExpression("!'${ledger.security.oidc.issuer-uri:}'.isBlank()")
class OidcConfig {

    static final String REGISTRATION = "oidc";

    private static final Logger log = LoggerFactory.getLogger(OidcConfig.class);

    @Bean
    ClientRegistrationRepository oidcClients(OidcProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("ledger.security.oidc.issuer-uri is set but ledger.security.oidc.client-id "
                    + "is not: both, and client-secret, come from the application's registration at the provider");
        }
        if (properties.roles().isEmpty()) {
            log.warn("No ledger.security.oidc.roles are mapped: people who sign in at {} get no role and may "
                    + "neither read nor write", properties.issuerUri());
        }
        var registration = new Memo<>(() -> ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(properties.displayName())
                .build());
        return id -> REGISTRATION.equals(id) ? registration.get() : null;
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(
            OidcIdentity identity) {
        var standard = new OidcUserService();
        return request -> {
            var user = standard.loadUser(request);
            return new ProviderUser(identity.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(),
                    identity);
        };
    }

    @Bean
    JwtDecoder bearerTokens(OidcProperties properties) {
        return new SupplierJwtDecoder(() -> {
            var decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.issuerUri());
            decoder.setJwtValidator(validator(properties));
            return decoder;
        });
    }

    /** The provider's issuer and, so that a token issued for another application is refused, our audience. */
    static OAuth2TokenValidator<Jwt> validator(OidcProperties properties) {
        var issuer = JwtValidators.createDefaultWithIssuer(properties.issuerUri());
        List<String> audiences = properties.audiences();
        if (audiences.isEmpty()) {
            return issuer;
        }
        return new DelegatingOAuth2TokenValidator<>(issuer, new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
    }

    /** Computed once it succeeds; a failure (provider unreachable) is retried at the next use. */
    private static final class Memo<T> {
        private final java.util.function.Supplier<T> supplier;
        private T value;

        Memo(java.util.function.Supplier<T> supplier) {
            this.supplier = supplier;
        }

        synchronized T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
