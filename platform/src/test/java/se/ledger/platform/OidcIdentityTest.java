package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import se.ledger.platform.SecurityProperties.Role;

class OidcIdentityTest {

    private static final String CHEFER = "5f1c0a6e-0000-4000-8000-000000000001";
    private static final String NAMND = "5f1c0a6e-0000-4000-8000-000000000002";

    private static OidcIdentity identity(String roleClaim, Map<Role, List<String>> roles) {
        return new OidcIdentity(new OidcProperties("https://idp.example/tenant/v2.0", "ledger", "secret", null,
                roleClaim, roles, null, null, null, null));
    }

    private static List<String> roles(OidcIdentity identity, Map<String, Object> claims) {
        return identity.authorities(claims).stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void entraGroupIdsGiveTheirConfiguredRoles() {
        var identity = identity(null, Map.of(Role.MANAGER, List.of(CHEFER), Role.AUDITOR, List.of(NAMND)));
        assertThat(roles(identity, Map.of("groups", List.of("other", CHEFER)))).containsExactly("ROLE_MANAGER");
        assertThat(roles(identity, Map.of("groups", List.of(NAMND, CHEFER))))
                .containsExactly("ROLE_MANAGER", "ROLE_AUDITOR");
    }

    @Test
    void aUserWithoutAMappedGroupOrWithoutTheClaimGetsNoRole() {
        var identity = identity(null, Map.of(Role.ADMIN, List.of(CHEFER)));
        assertThat(roles(identity, Map.of("groups", List.of(NAMND)))).isEmpty();
        assertThat(roles(identity, Map.of("sub", "x"))).isEmpty();
        assertThat(roles(identity(null, Map.of()), Map.of("groups", List.of(CHEFER)))).isEmpty();
    }

    @Test
    void keycloakRealmRolesAreReachedByADottedPathAndAppRolesByTheirClaim() {
        var keycloak = identity("realm_access.roles", Map.of(Role.ADMIN, List.of("ledger-admin")));
        assertThat(roles(keycloak, Map.of("realm_access", Map.of("roles", List.of("offline_access", "ledger-admin")))))
                .containsExactly("ROLE_ADMIN");
        var appRoles = identity("roles", Map.of(Role.DASHBOARD, List.of("Ledger.Dashboard")));
        assertThat(roles(appRoles, Map.of("roles", "Ledger.Dashboard"))).as("one string").containsExactly("ROLE_DASHBOARD");
    }

    @Test
    void aClaimWhoseNameHoldsDotsIsReadWhole() {
        var identity = identity("https://ledger.example/roles", Map.of(Role.MANAGER, List.of("chef")));
        assertThat(roles(identity, Map.of("https://ledger.example/roles", List.of("chef")))).containsExactly("ROLE_MANAGER");
    }

    @Test
    void theActorIsTheNameWithTheStableIdEntrasOidBeforeSub() {
        var identity = identity(null, Map.of());
        assertThat(identity.actor(Map.of("name", "Anna Andersson", "oid", "a1b2", "sub", "pairwise")))
                .isEqualTo("Anna Andersson (a1b2)");
        assertThat(identity.actor(Map.of("preferred_username", "anna@kommun.se", "sub", "s-1")))
                .isEqualTo("anna@kommun.se (s-1)");
        assertThat(identity.actor(Map.of("sub", "s-1"))).isEqualTo("s-1");
        assertThat(identity.name(Map.of("sub", "s-1"))).isEqualTo("s-1");
    }

    @Test
    void bearerTokensMustNameTheClientAsAudienceByDefault() {
        var properties = new OidcProperties("https://idp.example", "ledger", null, null, null, null, null, null, null, null);
        assertThat(properties.audiences()).containsExactly("ledger", "api://ledger");
        assertThat(properties.scopes()).contains("openid");
    }
}
