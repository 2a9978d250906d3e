package se.ledger.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users and their roles (ADMIN, MANAGER, AUDITOR, DASHBOARD), from configuration.
 *
 * @param allowedOrigins origins (scheme://host[:port]) besides the ledger's own whose pages may send writes,
 *        e.g. an intranet portal, or the public address when a proxy hides it from the ledger
 * @param localLogin whether the login page offers these users a password form (HTTP Basic works regardless)
 */
@ConfigurationProperties(prefix = "ledger.security")
public record SecurityProperties(List<User> users, String realm, List<String> allowedOrigins, Boolean localLogin) {
    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        realm = realm == null ? "Uppföljningsliggaren" : realm;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        localLogin = localLogin == null || localLogin;
    }

    /** @param password in Spring's encoded form, e.g. {@code {bcrypt}…} or {@code {noop}…} */
    public record User(String name, String password, List<Role> roles) {
    }

    public enum Role {
        ADMIN, MANAGER, AUDITOR, DASHBOARD
    }
}
