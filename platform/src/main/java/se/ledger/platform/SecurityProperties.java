package se.ledger.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Users and their roles (ADMIN, MANAGER, AUDITOR, DASHBOARD), from configuration. */
@ConfigurationProperties(prefix = "ledger.security")
public record SecurityProperties(List<User> users, String realm) {
    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        realm = realm == null ? "Uppföljningsliggaren" : realm;
    }

    /** @param password in Spring's encoded form, e.g. {@code {bcrypt}…} or {@code {noop}…} */
    public record User(String name, String password, List<Role> roles) {
    }

    public enum Role {
        ADMIN, MANAGER, AUDITOR, DASHBOARD
    }
}
