package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;

/** A test class driving one browser over its tests: closed at the end, every page checked against the CSP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesInChromium {

    protected Chromium browser;

    /** What a test class puts back before the check (a window size, say). */
    protected void afterEachTest() {
    }

    /** Every page, in every state a test drives it to, runs within the Content-Security-Policy. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser != null) {
            afterEachTest();
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }
}
