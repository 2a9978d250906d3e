package se.ledger.platform;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's OpenID Connect provider (Entra ID, Keycloak, ADFS …). Without an issuer the
 * ledger signs in its configuration users only and nothing of OIDC is created.
 *
 * @param issuerUri the provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}
 * @param roleClaim the claim holding the user's groups or roles; a dotted path reaches into an object
 *        ({@code realm_access.roles} in Keycloak)
 * @param roles per ledger role, the claim values (group ids, role names) that give it
 * @param nameClaims the first of these present is the person's name
 * @param idClaims the first of these present is the person's stable id ({@code oid} in Entra, else {@code sub})
 * @param audiences a bearer token must name one of these; empty: the client id and {@code api://<client id>}
 * @param displayName the provider's name on the login button
 */
@ConfigurationProperties(prefix = "ledger.security.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes,
        String roleClaim, Map<SecurityProperties.Role, List<String>> roles, List<String> nameClaims,
        List<String> idClaims, List<String> audiences, String displayName) {

    public OidcProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        nameClaims = nameClaims == null || nameClaims.isEmpty() ? List.of("name", "preferred_username")
                : List.copyOf(nameClaims);
        idClaims = idClaims == null || idClaims.isEmpty() ? List.of("oid", "sub") : List.copyOf(idClaims);
        audiences = audiences == null || audiences.isEmpty()
                ? clientId == null ? List.of() : List.of(clientId, "api://" + clientId)
                : List.copyOf(audiences);
        displayName = displayName == null || displayName.isBlank() ? "organisationens konto" : displayName;
    }
}
