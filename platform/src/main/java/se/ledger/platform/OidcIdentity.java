package se.ledger.platform;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a provider's claims (an ID token's or a bearer token's) name, and which ledger roles their
 * groups or role claims give, by {@link OidcProperties}: the one place that reads a provider's claims.
 */
final class OidcIdentity {

    private final OidcProperties properties;

    OidcIdentity(OidcProperties properties) {
        this.properties = properties;
    }

    /** ROLE_ADMIN … for each ledger role one of whose configured values the role claim holds. */
    Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<String> held = values(claims, properties.roleClaim());
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (var role : SecurityProperties.Role.values()) {
            List<String> granting = properties.roles().getOrDefault(role, List.of());
            if (granting.stream().anyMatch(held::contains)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        return authorities;
    }

    String id(Map<String, Object> claims) {
        String id = first(claims, properties.idClaims());
        return id != null ? id : String.valueOf(claims.get("sub"));
    }

    /** The person's name, or their id when the provider sends no name. */
    String name(Map<String, Object> claims) {
        String name = first(claims, properties.nameClaims());
        return name != null ? name : id(claims);
    }

    /** The actor stored in events: "Anna Andersson (id)", unique by the id, readable by the name. */
    String actor(Map<String, Object> claims) {
        String name = first(claims, properties.nameClaims());
        return name == null ? id(claims) : name + " (" + id(claims) + ")";
    }

    private static String first(Map<String, Object> claims, List<String> names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    /**
     * The claim's values: a list or one string. A claim named by the whole path (names may hold dots,
     * e.g. a URL) comes first; else the path's parts lead through nested objects.
     */
    static Set<String> values(Map<String, Object> claims, String path) {
        Object value = claims.get(path);
        if (value == null) {
            Object nested = claims;
            for (String part : path.split("\\.")) {
                nested = nested instanceof Map<?, ?> map ? map.get(part) : null;
            }
            value = nested;
        }
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> many) {
            many.stream().filter(v -> v != null).forEach(v -> values.add(v.toString()));
        } else if (value != null) {
            values.add(value.toString());
        }
        return values;
    }
}
