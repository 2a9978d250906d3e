package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttling policy on a clock the test moves: no test here waits for real time. */
class LoginThrottleTest {

    private static final String X = "203.0.113.7";
    private static final String Y = "198.51.100.20";

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(true, 3, 10, 10, 30,
            Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(30), 1000), clock);

    @Test
    void afterThreeFailuresEachAttemptWaitsTwiceAsLongUpToAMinute() {
        throttle.failed("chef", X);
        throttle.failed("chef", X);
        assertThat(throttle.wait("chef", X)).isZero();
        long[] expected = {1, 2, 4, 8, 16, 32, 60};
        for (long seconds : expected) {
            throttle.failed("chef", X);
            assertThat(throttle.wait("chef", X)).isEqualTo(Duration.ofSeconds(seconds));
            now = now.plusSeconds(seconds - 1);
            assertThat(throttle.wait("chef", X)).isEqualTo(Duration.ofSeconds(1));
            now = now.plusSeconds(1);
            assertThat(throttle.wait("chef", X)).isZero();
        }
    }

    @Test
    void theTenthFailureLocksFor15MinutesThenCountingStartsAfresh() {
        fail("chef", X, 10);
        assertThat(throttle.wait("chef", X)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.wait("chef", Y)).as("the user name, from any new address").isEqualTo(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.wait("chef", X)).isZero();
        throttle.failed("chef", X);
        assertThat(throttle.wait("chef", X)).isZero();
    }

    @Test
    void anAttackOnOneUserFromOneAddressDoesNotSlowOthers() {
        fail("chef", X, 10);
        assertThat(throttle.wait("revisor", Y)).isZero();
        assertThat(throttle.wait("chef", X)).isPositive();
    }

    @Test
    void theVictimKeepsLoggingInFromAnAddressItUsedBeforeTheAttack() {
        throttle.succeeded("chef", Y);
        fail("chef", X, 10);
        assertThat(throttle.wait("chef", Y)).isZero();
        assertThat(throttle.wait("chef", "192.0.2.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void guessingManyNamesFromOneAddressThrottlesTheAddressButNotItsKnownUsers() {
        throttle.succeeded("revisor", X);
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, X);
        }
        assertThat(throttle.wait("someone-else", X)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("revisor", X)).isZero();
        assertThat(throttle.wait("someone-else", Y)).isZero();
    }

    @Test
    void aSuccessResetsOnlyItsPairsCounter() {
        fail("chef", X, 3);
        assertThat(throttle.wait("chef", X)).isEqualTo(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        throttle.succeeded("chef", X);
        throttle.failed("chef", X);
        assertThat(throttle.wait("chef", X)).as("the pair counts afresh").isZero();
        assertThat(throttle.wait("chef", Y)).as("the user name's 4th failure still counts").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aDashboardPollingWithTheRightPasswordDoesNotClearItsUsersCounterForGuessersElsewhere() {
        throttle.succeeded("dashboard", Y);
        for (int i = 0; i < 10; i++) {
            String guesser = "192.0.2." + i;
            now = now.plus(throttle.wait("dashboard", guesser));
            throttle.failed("dashboard", guesser);
            now = now.plusSeconds(5);
            assertThat(throttle.wait("dashboard", Y)).as("the dashboard's known pair").isZero();
            throttle.succeeded("dashboard", Y);
        }
        assertThat(throttle.wait("dashboard", "192.0.2.200")).isEqualTo(Duration.ofMinutes(15).minusSeconds(5));
        assertThat(throttle.wait("dashboard", Y)).isZero();
    }

    @Test
    void theUsersCounterDecaysOnlyByItsWindow() {
        fail("chef", X, 3);
        throttle.succeeded("chef", Y);
        now = now.plus(Duration.ofMinutes(14));
        throttle.failed("chef", "192.0.2.1");
        assertThat(throttle.wait("chef", "192.0.2.2")).as("4th failure within the window").isEqualTo(Duration.ofSeconds(2));
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("chef", "192.0.2.3");
        assertThat(throttle.wait("chef", "192.0.2.4")).as("counting starts afresh").isZero();
    }

    @Test
    void anIpv6HostIsCountedByItsSlash64() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(throttle.wait("someone-else", "2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-else", "2001:0db8:0001:0002:0:0:0:ffff")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-else", "2001:db8:1:3::1")).as("the next /64").isZero();
    }

    @Test
    void aKnownIpv6PairSurvivesANewPrivacyAddressInItsSlash64() {
        throttle.succeeded("chef", "2001:db8:1:2::a");
        fail("chef", X, 10);
        assertThat(throttle.wait("chef", "2001:db8:1:2:1234:5678:9abc:def0")).isZero();
        assertThat(throttle.wait("chef", "2001:db8:1:3::a")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        fail("chef", X, 3);
        assertThat(throttle.wait("chef", "::ffff:" + X)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ClientAddresses.client("::ffff:" + X)).isEqualTo(X);
        assertThat(ClientAddresses.client(X)).isEqualTo(X);
        assertThat(ClientAddresses.client("0:0:0:0:0:0:0:1")).isEqualTo("0000000000000000::/64");
        assertThat(ClientAddresses.client("unknown")).isEqualTo("unknown");
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("chef", X);
            throttle.failed("chef", X);
            now = now.plus(Duration.ofMinutes(16));
        }
        assertThat(throttle.wait("chef", X)).isZero();
    }

    @Test
    void userNamesAreCaseInsensitiveAsTheUserStoreIs() {
        fail("chef", X, 3);
        assertThat(throttle.wait("CHEF", Y)).isPositive();
    }

    @Test
    void aWaitingAttemptIsRefusedWithoutCheckingItsPassword() {
        var checks = new AtomicInteger();
        var dao = new DaoAuthenticationProvider(name -> {
            checks.incrementAndGet();
            return User.withUsername(name).password("{noop}hemligt").roles("AUDITOR").build();
        });
        var logins = new ThrottledLogins(dao, throttle);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logins.authenticate(login("revisor", "fel", X)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(3);
        assertThatThrownBy(() -> logins.authenticate(login("revisor", "hemligt", X)))
                .isInstanceOfSatisfying(ThrottledLogins.Throttled.class,
                        t -> assertThat(t.retryAfterSeconds()).isEqualTo(1));
        assertThat(checks).hasValue(3);
        assertThat(logins.authenticate(login("dashboard", "hemligt", Y)).isAuthenticated()).isTrue();
        now = now.plusSeconds(1);
        assertThat(logins.authenticate(login("revisor", "hemligt", X)).isAuthenticated()).isTrue();
    }

    @Test
    void guessesAtAPollingDashboardsPasswordAreLockedOutWhileTheDashboardKeepsWorking() {
        var dao = new DaoAuthenticationProvider(name -> User.withUsername(name).password("{noop}hemligt")
                .roles("AUDITOR").build());
        var logins = new ThrottledLogins(dao, throttle);
        int checkedGuesses = 0;
        for (int i = 0; i < 100; i++) {
            String guesser = "192.0.2." + i;
            try {
                logins.authenticate(login("dashboard", "gissning" + i, guesser));
            } catch (BadCredentialsException e) {
                checkedGuesses++;
            } catch (ThrottledLogins.Throttled e) {
                // refused unchecked
            }
            now = now.plusSeconds(5);
            assertThat(logins.authenticate(login("dashboard", "hemligt", Y)).isAuthenticated()).isTrue();
        }
        assertThat(checkedGuesses).as("3 free, 1+2+4+8+16+32 s waits, then one per 15 min lockout").isEqualTo(10);
    }

    /** Fails n times, each time after the wait the previous failure imposed. */
    private void fail(String user, String address, int n) {
        for (int i = 0; i < n; i++) {
            now = now.plus(throttle.wait(user, address));
            throttle.failed(user, address);
        }
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
