package se.ledger.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs ~100 ms: a dashboard
 * polling every few seconds would spend the server on hashing. A successful check is remembered
 * for a short while, keyed by a SHA-256 of the credentials; failures are never remembered.
 */
final class RememberedCredentials implements AuthenticationProvider {

    private record Remembered(Authentication authentication, Instant until) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedCredentials(AuthenticationProvider delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return delegate.authenticate(request);
        }
        String key = Sha256.hex(request.getName() + "\u0000" + password);
        Instant now = clock.instant();
        var known = remembered.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication result = delegate.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(result, now.plus(ttl)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
