package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.headers;
import static se.ledger.platform.test.Api.json;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import se.ledger.platform.test.Api;

/**
 * Password guessing over real HTTP, with limits small enough to reach in a test: two failures free,
 * the third locks. The policy's timing is proven on a test clock in LoginThrottleTest.
 */
// a context of its own: its throttle state and limits must not touch other tests
@DirtiesContext
@TestPropertySource(properties = {"ledger.security.login-throttle.free-failures=2",
        "ledger.security.login-throttle.lockout-failures=3",
        "ledger.security.allowed-origins=https://intranat.example.se"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest extends LedgerTestBase {

    @Test
    void wrongPasswordsAreThrottledThenLockedWhileOtherUsersLogInAtOnce(CapturedOutput log) {
        assertThat(api.get("dashboard:fel", "/api/plans").status()).isEqualTo(401);
        assertThat(api.get("dashboard:fel", "/api/plans").status()).isEqualTo(401);

        var waiting = api.get("dashboard", "/api/plans");
        assertThrottled(waiting);
        assertThat(waiting.header("Retry-After")).as("2^(2-2) s").isEqualTo("1");
        assertThat(api.get("revisor", "/api/plans").status()).as("another user, at once").isEqualTo(200);

        // the wait passes; the next wrong password is checked, fails a third time and locks
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("dashboard:fel", "/api/plans").status() == 401);
        var locked = api.get("dashboard", "/api/plans");
        assertThrottled(locked);
        assertThat(Long.parseLong(locked.header("Retry-After"))).as("15 min lockout").isBetween(800L, 900L);
        assertThat(api.post("dashboard", "/api/plans", "{}").status()).isEqualTo(429);
        assertThat(api.get("revisor", "/api/plans").status()).isEqualTo(200);
        assertThat(api.get("chef", "/api/plans").status()).isEqualTo(200);

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
