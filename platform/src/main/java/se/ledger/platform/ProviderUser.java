package se.ledger.platform;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the provider, with the ledger roles their claims give. Its name is the
 * actor of what they post ("Anna Andersson (id)"), as a configuration user's name is theirs.
 */
final class ProviderUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String actor;
    private final String personName;
    private final String id;

    ProviderUser(Collection<? extends GrantedAuthority> roles, OidcIdToken idToken, OidcUserInfo userInfo,
            OidcIdentity identity) {
        super(roles, idToken, userInfo, "sub");
        this.actor = identity.actor(getClaims());
        this.personName = identity.name(getClaims());
        this.id = identity.id(getClaims());
    }

    @Override
    public String getName() {
        return actor;
    }

    String personName() {
        return personName;
    }

    String id() {
        return id;
    }
}
