package se.ledger.platform;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link LoginThrottle} in front of every password check, the remembered ones included: a
 * throttled attempt never reaches a check, so it learns nothing about its password.
 */
final class ThrottledLogins implements AuthenticationProvider {

    /** A login refused, unchecked, because its user name or address must wait. */
    static final class Throttled extends AuthenticationException {
        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many failed logins; retry in " + wait);
            this.wait = wait;
        }

        /** Whole seconds, rounded up, for Retry-After. */
        long retryAfterSeconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledLogins(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.wait(user, address);
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (BadCredentialsException e) {
            throttle.failed(user, address);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(user, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
