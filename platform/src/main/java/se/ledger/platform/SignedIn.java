package se.ledger.platform;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, for the pages: {@code GET /api/me} → {name, id, roles}. */
@RestController
class SignedIn {

    record Me(String name, String id, List<String> roles) {
    }

    private final OidcIdentity identity;

    SignedIn(OidcIdentity identity) {
        this.identity = identity;
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted().toList();
        if (authentication.getPrincipal() instanceof ProviderUser user) {
            return new Me(user.personName(), user.id(), roles);
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return new Me(identity.name(token.getTokenAttributes()), identity.id(token.getTokenAttributes()), roles);
        }
        return new Me(authentication.getName(), authentication.getName(), roles);
    }
}
