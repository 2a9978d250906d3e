package se.ledger.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/** The organisation's OpenID Connect provider in the ledger's filter chain, when {@link OidcConfig} made its beans. */
final class ProviderSignIn {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private ProviderSignIn() {
    }

    /** People sign in at the provider; its codes are redeemed beside the passwords (which keep their throttle). */
    static void people(HttpSecurity http, ClientRegistrationRepository clients,
            OAuth2UserService<OidcUserRequest, OidcUser> users, AuthenticationManager passwords) throws Exception {
        var codes = new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                users);
        http.authenticationManager(new ProviderManager(List.of(codes), passwords));
        http.oauth2Login(login -> login.loginPage(LoginPage.PATH).clientRegistrationRepository(clients)
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .defaultSuccessUrl("/", false)
                .failureHandler((request, response, e) -> {
                    // the provider's reason (a wrong secret, redirect URI or clock) is for the administrator
                    log.warn("Sign-in through the OpenID Connect provider failed: {}", e.getMessage());
                    response.sendRedirect(request.getContextPath() + LoginPage.PATH + "?error=oidc");
                }));
    }

    /** API clients send the provider's access tokens; their roles are mapped as people's are. */
    static void bearerTokens(HttpSecurity http, JwtDecoder decoder, OidcIdentity identity, ProblemResponses problems)
            throws Exception {
        var bearer = new JwtAuthenticationProvider(decoder);
        bearer.setJwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                identity.authorities(token.getClaims()), identity.actor(token.getClaims())));
        http.oauth2ResourceServer(tokens -> tokens.jwt(jwt -> jwt.authenticationManager(new ProviderManager(bearer)))
                .authenticationEntryPoint((request, response, e) -> {
                    log.debug("Bearer token refused: {}", e.getMessage());
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    problems.write(response, HttpStatus.UNAUTHORIZED, "Ogiltig token",
                            "Token godtas inte: den har gått ut, är inte utfärdad av organisationens inloggning "
                                    + "eller inte för denna tjänst.",
                            new FieldProblem("Authorization", "ogiltig bearer-token"));
                }));
    }

    /** Back to the login page; the provider's session ends too when it supports RP-initiated logout. */
    static LogoutSuccessHandler signedOut(ClientRegistrationRepository clients) {
        String target = LoginPage.PATH + "?logout";
        if (clients == null) {
            var local = new SimpleUrlLogoutSuccessHandler();
            local.setDefaultTargetUrl(target);
            return local;
        }
        var provider = new OidcClientInitiatedLogoutSuccessHandler(clients);
        provider.setPostLogoutRedirectUri("{baseUrl}" + target);
        provider.setDefaultTargetUrl(target);
        return provider;
    }
}
