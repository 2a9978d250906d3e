package se.ledger.standalone.browser;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the sign-in tests: NAV's mock-oauth2-server in this JVM, on a
 * free port, with discovery, signing keys, a token endpoint, end-session, and an interactive login
 * form where a user types a name and the claims JSON their ID token carries. One per JVM, so the
 * test classes that use it share their Spring context.
 */
final class Provider {

    static final String TENANT = "kommun";
    static final String CLIENT_ID = "ledger";
    static final String MANAGERS = "ledger-chefer";
    static final String OTHERS = "kommunens-alla";

    private static final MockOAuth2Server SERVER = start();

    private Provider() {
    }

    private static MockOAuth2Server start() {
        var server = new MockOAuth2Server(new OAuth2Config(true));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    static String issuer() {
        return SERVER.issuerUrl(TENANT).toString();
    }

    /** A signed access token for the ledger, as the provider issues it to a client. */
    static String token(String subject, String name, List<String> groups) {
        return SERVER.issueToken(TENANT, subject, CLIENT_ID, Map.of("name", name, "groups", groups)).serialize();
    }

    /** The same, issued for another application. */
    static String tokenFor(String audience, String subject, List<String> groups) {
        return SERVER.issueToken(TENANT, subject, audience, Map.of("groups", groups)).serialize();
    }

    /** The ledger's settings for this provider: the three of Entra ID, and the role mapping. */
    static void configure(DynamicPropertyRegistry properties) {
        properties.add("ledger.security.oidc.issuer-uri", Provider::issuer);
        properties.add("ledger.security.oidc.client-id", () -> CLIENT_ID);
        properties.add("ledger.security.oidc.client-secret", () -> "hemligt");
        properties.add("ledger.security.oidc.display-name", () -> "Kommunens inloggning");
        properties.add("ledger.security.oidc.roles.MANAGER", () -> MANAGERS);
        properties.add("ledger.security.oidc.roles.ADMIN", () -> "ledger-admin");
    }
}
