package se.ledger.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled (see {@link LoginThrottle}).
 *
 * @param freeFailures failures of a user name before each further attempt waits 2^(n-free) s
 * @param lockoutFailures failures (each within {@code window} of the previous) that lock it for {@code lockout}
 * @param addressFreeFailures like freeFailures, for all user names tried from one address
 * @param addressLockoutFailures like lockoutFailures, for one address: higher, a town hall shares one
 * @param knownFor how long a successful login keeps its (user, address) pair exempt from the per-user and
 *        per-address limits
 * @param maxEntries bound of each in-memory table (user names, addresses, pairs)
 */
@ConfigurationProperties(prefix = "ledger.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3") int freeFailures,
        @DefaultValue("10") int lockoutFailures,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("30") int addressLockoutFailures,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("30d") Duration knownFor,
        @DefaultValue("100000") int maxEntries) {
}
