package se.ledger.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name, per client address and per (user, address) pair. After
 * {@code freeFailures} failures each further attempt must wait 2^(n-free) s (capped); after
 * {@code lockoutFailures} it is locked for {@code lockout}. A waiting attempt is refused without
 * looking at its password, and no thread sleeps: the caller answers 429 at once.
 *
 * <p>Per-user lockout lets anyone lock a colleague out by guessing at their name, and per-address
 * lockout locks out a whole town hall behind one NAT address. So the per-user and per-address
 * limits do not apply to a pair that logged in successfully within {@code knownFor}: the victim's
 * own workstation keeps working while strangers (new addresses, new names) stay locked. The pair's
 * own counter always applies, so an attacker at a known address still meets the same limits.
 *
 * <p>A success resets only its pair's counter (and marks the pair known), never its user name's or
 * address's: a dashboard polling with the right password every few seconds would otherwise keep
 * clearing its user's counter for guessers elsewhere, and a guesser with one valid account of their
 * own would clear the address's count with it. Those counters only decay with {@code window}.
 *
 * <p>Addresses are counted per client: an IPv6 address by its /64 prefix (see {@link ClientAddresses}).
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Cache<String, Failures> failures;
    private final Cache<String, Boolean> known;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(3L * limits.maxEntries())
                .expireAfter(Expiry.<String, Failures>writing((key, f) -> Duration.between(clock.instant(), expiry(f))))
                .build();
        this.known = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(limits.maxEntries())
                .expireAfterWrite(limits.knownFor())
                .build();
    }

    /** How long this attempt must still wait; zero when its password may be checked. */
    Duration wait(String user, String address) {
        Instant now = clock.instant();
        Instant until = blockedUntil(pair(user, address));
        if (known.getIfPresent(pair(user, address)) == null) {
            until = later(until, later(blockedUntil(user(user)), blockedUntil(address(address))));
        }
        return until != null && until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    void failed(String user, String address) {
        var pair = count(pair(user, address), limits.freeFailures(), limits.lockoutFailures());
        var name = count(user(user), limits.freeFailures(), limits.lockoutFailures());
        var from = count(address(address), limits.addressFreeFailures(), limits.addressLockoutFailures());
        Instant until = later(pair.blockedUntil(), later(name.blockedUntil(), from.blockedUntil()));
        log.warn("Failed login for user '{}' from {}: failure {} of the user name, {} from the address{}",
                printable(user), address, name.count(), from.count(),
                until == null ? "" : "; throttled until " + until);
    }

    void succeeded(String user, String address) {
        failures.invalidate(pair(user, address));
        known.put(pair(user, address), Boolean.TRUE);
    }

    private Failures count(String key, int free, int lockout) {
        Instant now = clock.instant();
        return failures.asMap().compute(key, (k, old) -> {
            boolean current = old != null && !now.isAfter(old.last().plus(limits.window()));
            int n = current ? old.count() + 1 : 1;
            Instant blocked = n >= lockout ? now.plus(limits.lockout())
                    : n >= free ? now.plus(delay(n - free)) : null;
            return new Failures(n, now, later(blocked, current ? old.blockedUntil() : null));
        });
    }

    private Duration delay(int step) {
        Duration delay = Duration.ofSeconds(1L << Math.min(step, 30));
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    private Instant expiry(Failures f) {
        return later(f.last().plus(limits.window()), f.blockedUntil());
    }

    private Instant blockedUntil(String key) {
        var f = failures.getIfPresent(key);
        return f == null ? null : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** User names as the user store sees them (case-insensitive); long ones hashed to bound memory. */
    private static String user(String user) {
        String name = user == null ? "" : user.toLowerCase(Locale.ROOT);
        return "u:" + (name.length() <= 64 ? name : Sha256.hex(name));
    }

    private static String address(String address) {
        return "a:" + ClientAddresses.client(address);
    }

    private static String pair(String user, String address) {
        return user(user) + "\u0000" + ClientAddresses.client(address);
    }

    private static String printable(String text) {
        String cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

}
