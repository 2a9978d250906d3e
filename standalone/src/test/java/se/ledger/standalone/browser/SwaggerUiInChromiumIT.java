package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.standalone.LedgerStandalone;

/** Swagger UI renders the API within its Content-Security-Policy: no inline script, one hashed style. */
@DirtiesContext
@SpringBootTest(classes = LedgerStandalone.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.import-sample=false")
@ActiveProfiles("it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiInChromiumIT {

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeAll
    void startBrowser() throws Exception {
        String missing = "Debian's chromium and chromium-driver are not installed: " + Chromium.BROWSER;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(Chromium.installed(), missing);
        }
        Assumptions.assumeTrue(Chromium.installed(), missing);
        browser = Chromium.start(port, "dashboard");
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anyRoleSeesTheOperationsAndTheirProblemAnswers() throws Exception {
        browser.open("/swagger-ui.html");
        browser.await(driver -> browser.all(".opblock").size() > 20);
        browser.one(".opblock-post .opblock-summary").click();
        browser.await(driver -> browser.all(".responses-table .response[data-code='409']").size() == 1);
        browser.screenshot("swagger-ui");
        assertThat(browser.one(".responses-table").getText()).contains("application/problem+json");
        assertThat(browser.securityPolicyViolations()).isEmpty();
    }
}
