package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.ledger.platform.test.Api;
import se.ledger.standalone.LedgerStandalone;

/**
 * Sign-in through a real OpenID Connect provider started by the test ({@link Provider}): people in
 * Chromium through the provider's login form, API clients with its bearer tokens, and the session's
 * CSRF protection and sign-out. The configuration users (HTTP Basic) keep working beside it.
 */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.import-sample=false", "ledger.projection.wait-millis=5000"})
@ActiveProfiles("it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInWithProviderIT {

    private static final String EVIL = "https://evil.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private Api api;
    private String plan;
    private String activity;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        Provider.configure(properties);
    }

    @BeforeAll
    void anActivityToReportOn() {
        api = new Api(port);
        plan = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        activity = plan + "-a";
        ok(api.post("admin", "/api/plans", json("{'id':'" + plan + "','organisation':'Vaggeryds kommun',"
                + "'title':'Verksamhetsplan 2022','periodStart':'2022-01-01','periodEnd':'2022-12-31'}")));
        ok(api.post("admin", "/api/plans/" + plan + "/goals", json("{'id':'" + plan + "-g','title':'Lokalförsörjning'}")));
        ok(api.post("chef", "/api/plans/" + plan + "/activities", json("{'id':'" + activity + "','goalIds':['" + plan
                + "-g'],'title':'Samordnad lokalförsörjningsplan','responsible':{'person':'Magnus Ljunggren',"
                + "'unit':'Lokalgruppen'},'start':'2022-01-01','end':'2022-12-31'}")));
    }

    @Test
    void aManagerSignsInAtTheProviderInChromiumReportsAStatusAndIsTheActorInTheTrail() throws IOException {
        Chromium.requireInstalled();
        try (var browser = Chromium.startSignedOut(port)) {
            browser.open("/");
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
            assertThat(browser.one("html").getAttribute("lang")).isEqualTo("sv");
            assertThat(browser.one("label[for=username]").getText()).isEqualTo("Användarnamn");
            assertThat(browser.one("label[for=password]").getText()).isEqualTo("Lösenord");
            var provider = browser.one("a.signin-provider");
            assertThat(provider.getText()).isEqualTo("Logga in med Kommunens inloggning");
            browser.screenshot("inloggning");

            provider.click();
            var claims = browser.await(d -> d.findElement(By.name("claims")));
            browser.one("input[name=username]").sendKeys("anna");
            claims.sendKeys("{\"name\": \"Anna Andersson\", \"groups\": [\"" + Provider.MANAGERS + "\"]}");
            browser.one("input[type=submit]").click();
            browser.await(d -> d.getCurrentUrl().equals(browser.base() + "/"));

            JsonNode me = JSON.readTree(run(browser, fetch("/api/me", "GET", null, false)));
            assertThat(me.path("status").asInt()).isEqualTo(200);
            JsonNode who = JSON.readTree(me.path("body").asText());
            assertThat(who.path("name").asText()).isEqualTo("Anna Andersson");
            assertThat(who.path("id").asText()).isEqualTo("anna");
            assertThat(who.path("roles").toString()).isEqualTo("[\"MANAGER\"]");

            String status = "{\"status\":\"DEVIATING\",\"explanation\":\"Lokalbehoven kommer i september\","
                    + "\"effectiveDate\":\"2022-08-31\"}";
            JsonNode without = JSON.readTree(run(browser, fetch("/api/activities/" + activity + "/status",
                    "POST", status, false)));
            assertThat(without.path("status").asInt()).as("no CSRF header").isEqualTo(403);
            JsonNode posted = JSON.readTree(run(browser, fetch("/api/activities/" + activity + "/status",
                    "POST", status, true)));
            assertThat(posted.path("status").asInt()).as(posted.toString()).isEqualTo(200);

            browser.open("/entity.html?kind=activities&id=" + activity + "&plan=" + plan);
            // the trail is read from the projection, which may trail the write by a moment: read it again
            var row = browser.await(Duration.ofSeconds(60), d -> d.findElements(
                    By.cssSelector("table.trail tr[data-type=ActivityStatusChanged]")).stream()
                    .filter(r -> r.getText().contains("Anna Andersson (anna)")).findFirst()
                    .orElseGet(() -> {
                        browser.reload();
                        return null;
                    }));
            assertThat(row.getText()).contains("2022-08-31", "Lokalbehoven kommer i september");
            browser.screenshot("inloggad-via-leverantor-historik");

            var signOut = browser.await(d -> d.findElement(By.cssSelector("header.topbar .signed-in a")));
            assertThat(browser.one("header.topbar .signed-in").getText()).startsWith("Inloggad som Anna Andersson");
            signOut.click();
            browser.await(d -> d.findElement(By.cssSelector("form.signin-form button"))).click();
            browser.await(d -> !d.getCurrentUrl().endsWith("/logout"));
            browser.open("/");
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
            assertThat(browser.securityPolicyViolations()).as("login, pages, sign-out within the CSP").isEmpty();
        }
    }

    @Test
    void aConfigurationUserSignsInOnTheLoginPageInChromium() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed");
        try (var browser = Chromium.startSignedOut(port)) {
            browser.open("/login");
            browser.one("#username").sendKeys("chef");
            browser.one("#password").sendKeys("fel");
            browser.one("form.signin-form button").click();
            var problem = browser.await(d -> d.findElement(By.cssSelector("#login-problem[role=alert]")));
            assertThat(problem.getText()).isEqualTo("Fel användarnamn eller lösenord.");
            assertThat(browser.one("#username").getAttribute("aria-describedby")).isEqualTo("login-problem");
            browser.screenshot("inloggning-fel-losenord");

            browser.one("#username").sendKeys("chef");
            browser.one("#password").sendKeys("chef");
            browser.one("form.signin-form button").click();
            var signedIn = browser.await(d -> d.findElement(By.cssSelector("header.topbar .signed-in")));
            assertThat(signedIn.getText()).startsWith("Inloggad som chef");
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    @Test
    void aBearerTokenWithoutAMappedRoleIsRefusedAndWithTheManagersGroupWrites() throws IOException {
        String stranger = Provider.token("bo", "Bo Berg", List.of(Provider.OTHERS));
        String manager = Provider.token("cia", "Cia Carlsson", List.of(Provider.OTHERS, Provider.MANAGERS));
        String body = json("{'status':'ON_TRACK','effectiveDate':'2022-04-30'}");
        String path = "/api/activities/" + activity + "/status";

        var refused = bearer(path, stranger, body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(api.get(null, "/api/plans", Map.of("Authorization", "Bearer " + stranger)).status())
                .as("no role reads nothing either").isEqualTo(403);
        var written = bearer(path, manager, body);
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        var me = api.get(null, "/api/me", Map.of("Authorization", "Bearer " + manager));
        assertThat(me.json().path("name").asText()).isEqualTo("Cia Carlsson");
        assertThat(me.json().path("id").asText()).isEqualTo("cia");
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"MANAGER\"]");
        var trail = api.get("revisor", "/api/activities/" + activity + "/events?minPosition="
                + written.json().path("position").asLong());
        assertThat(trail.body()).as("the actor stored").contains("Cia Carlsson (cia)");

        String otherApp = Provider.tokenFor("another-app", "cia", List.of(Provider.MANAGERS));
        assertThat(bearer(path, otherApp, body).status()).as("a token for another audience").isEqualTo(401);
        var bad = bearer(path, "not.a.token", body);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("Authorization");
    }

    @Test
    void aCrossSiteWriteWithTheSessionCookieIsRefusedAndTheSameWriteWithTheTokenSucceeds() {
        var session = new SessionClient(port);
        var signedIn = session.signInAtProvider("dan", "{\"name\": \"Dan Dahl\", \"groups\": [\"" + Provider.MANAGERS
                + "\"]}");
        assertThat(signedIn.uri().toString()).isEqualTo(session.base() + "/");
        assertThat(session.cookie("JSESSIONID")).isNotNull();
        String path = "/api/activities/" + activity + "/comments";
        String body = "{\"text\":\"Skrivet i webbläsaren\",\"effectiveDate\":\"2022-08-31\"}";

        // what a foreign page's form sends: the cookie rides along, no token, its own origin or none at all
        var foreign = session.post(path, "text/plain", body, Map.of("Origin", EVIL));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        var noOrigin = session.post(path, "text/plain", body, Map.of());
        assertThat(noOrigin.statusCode()).as(noOrigin.body()).isEqualTo(403);
        assertThat(noOrigin.body()).contains("X-XSRF-TOKEN");
        var wrongToken = session.post(path, "application/json", body, Map.of("X-XSRF-TOKEN", "gissad"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        var own = session.post(path, "application/json", body, Map.of("Origin", session.base(),
                "X-XSRF-TOKEN", session.csrfToken()));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionAndTheProvidersToo() {
        var session = new SessionClient(port);
        session.signInAtProvider("eva", "{\"name\": \"Eva Ek\", \"groups\": [\"" + Provider.MANAGERS + "\"]}");
        assertThat(session.get("/api/me").statusCode()).isEqualTo(200);

        var out = session.post("/logout", "application/x-www-form-urlencoded", "_csrf=" + session.csrfToken(),
                Map.of("Origin", session.base()));
        assertThat(out.statusCode()).isEqualTo(302);
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("RP-initiated logout at the provider").startsWith(Provider.issuer())
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void configurationUsersSignInOnTheLoginFormAndBasicStillWorks() {
        var session = new SessionClient(port);
        var signedIn = session.signInLocally("chef", "chef");
        assertThat(signedIn.uri().toString()).isEqualTo(session.base() + "/");
        var me = session.get("/api/me");
        assertThat(me.body()).contains("\"name\":\"chef\"", "\"roles\":[\"MANAGER\"]");
        assertThat(new SessionClient(port).signInLocally("chef", "fel").uri().toString()).endsWith("/login?error");
        assertThat(api.get("revisor", "/api/me").json().path("roles").toString()).isEqualTo("[\"AUDITOR\"]");
        assertThat(api.get(null, "/api/plans").status()).as("API without credentials").isEqualTo(401);
        var page = api.get(null, "/plan.html?id=x", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        var wallScreen = api.get(null, "/plan.html?id=" + plan + "&compact=1", Map.of("Accept", "text/html"));
        assertThat(wallScreen.status()).as("a wall screen asks for Basic credentials").isEqualTo(401);
        assertThat(wallScreen.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(api.get("dashboard", "/plan.html?id=" + plan + "&compact=1", Map.of("Accept", "text/html"))
                .status()).isEqualTo(200);
        assertThat(api.get(null, "/?login=basic", Map.of("Accept", "text/html")).status()).isEqualTo(401);
    }

    /** A fetch from the page, as the pages' own scripts write: JSON, same-origin credentials, the CSRF header. */
    private static String fetch(String path, String method, String body, boolean csrf) {
        return "const done = arguments[arguments.length - 1];"
                + "const token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1];"
                + "const headers = {'Content-Type': 'application/json'};"
                + (csrf ? "if (token) { headers['X-XSRF-TOKEN'] = decodeURIComponent(token); }" : "")
                + "fetch('" + path + "', {method: '" + method + "', credentials: 'same-origin', headers,"
                + (body == null ? "" : " body: " + JSON.valueToTree(body) + ",") + "})"
                + ".then(async r => done(JSON.stringify({status: r.status, body: await r.text()})))"
                + ".catch(e => done(JSON.stringify({status: -1, body: String(e)})));";
    }

    private static String run(Chromium browser, String script) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(script);
    }

    private Api.Response bearer(String path, String token, String body) {
        return api.post(null, path, body, Map.of("Authorization", "Bearer " + token));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
