package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.headers;
import static se.ledger.platform.test.Api.json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.ledger.platform.test.Api;

/**
 * Password guessing over real HTTP, with limits small enough to reach in a test: two failures free,
 * the third locks. The app's clock is one the test moves, so nothing depends on how fast the
 * requests are sent; the policy itself is proven in LoginThrottleTest.
 */
// a context of its own: its throttle state, limits and clock must not touch other tests
@DirtiesContext
@Import(LoginThrottlingIT.MovableClockConfig.class)
@TestPropertySource(properties = {"ledger.security.login-throttle.free-failures=2",
        "ledger.security.login-throttle.lockout-failures=3",
        "ledger.security.allowed-origins=https://intranat.example.se"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingIT extends LedgerTestBase {

    /** Stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now = Instant.now();

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : Clock.fixed(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Beside ClockConfig's clock (overriding a bean is disabled), and chosen first wherever a Clock is injected.
     * Not a @TestConfiguration: the ledger's component scan has no TypeExcludeFilter, so an annotated class
     * would put this clock into every other test's context too; @Import alone brings it into this one.
     */
    static class MovableClockConfig {
        @Bean
        @Primary
        MovableClock movableClock(@Value("${ledger.zone}") ZoneId zone) {
            return new MovableClock(zone);
        }
    }

    @Autowired
    MovableClock clock;

    @Test
    void wrongPasswordsAreThrottledThenLockedWhileOtherUsersLogInAtOnce(CapturedOutput log) {
        assertThat(api.get("dashboard:fel", "/api/plans").status()).isEqualTo(401);
        assertThat(api.get("dashboard:fel", "/api/plans").status()).isEqualTo(401);

        var waiting = api.get("dashboard", "/api/plans");
        assertThrottled(waiting);
        assertThat(waiting.header("Retry-After")).as("2^(2-2) s").isEqualTo("1");
        assertThat(api.get("revisor", "/api/plans").status()).as("another user, at once").isEqualTo(200);

        // the wait passes; the next wrong password is checked, fails a third time and locks
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("dashboard:fel", "/api/plans").status()).isEqualTo(401);
        var locked = api.get("dashboard", "/api/plans");
        assertThrottled(locked);
        assertThat(locked.header("Retry-After")).as("15 min lockout").isEqualTo("900");
        assertThat(api.post("dashboard", "/api/plans", "{}").status()).isEqualTo(429);
        assertThat(api.get("revisor", "/api/plans").status()).isEqualTo(200);
        assertThat(api.get("chef", "/api/plans").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(api.get("dashboard", "/api/plans").header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("dashboard", "/api/plans").status()).as("the lockout is over").isEqualTo(200);

        assertThat(log.getOut()).contains("Failed login for user 'dashboard' from ")
                .contains("failure 3 of the user name").contains("throttled until");
    }

    @Test
    void writesFromAConfiguredExtraOriginPass() {
        var allowed = api.post("admin", "/api/plans", planJson(), headers("Origin", "https://intranat.example.se"));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        plan = plan + "-2";
        var otherPort = api.post("admin", "/api/plans", planJson(), headers("Origin", "https://intranat.example.se:8443"));
        assertThat(otherPort.status()).isEqualTo(403);
    }

    private static void assertThrottled(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("För många misslyckade inloggningar");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("Authorization");
        assertThat(response.header("WWW-Authenticate")).isNull();
    }

    private String planJson() {
        return json("{'id':'" + plan + "','organisation':'Vaggeryds kommun','title':'Verksamhetsplan 2022',"
                + "'periodStart':'2022-01-01','periodEnd':'2022-12-31'}");
    }
}
