package se.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BrowserSessionsTest {

    private static MockHttpServletRequest request(String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

    @Test
    void aWriteNeedsTheCsrfTokenWhenItCarriesASessionCookieOrSignsInOrOut() {
        var withSession = request("POST", "/api/activities/a/status");
        withSession.setRequestedSessionId("abc");
        assertThat(BrowserSessions.SESSION_WRITES.matches(withSession)).isTrue();
        assertThat(BrowserSessions.SESSION_WRITES.matches(request("POST", "/api/activities/a/status")))
                .as("no session: nothing to borrow, and 401 without credentials").isFalse();
        assertThat(BrowserSessions.SESSION_WRITES.matches(request("POST", "/login"))).isTrue();
        assertThat(BrowserSessions.SESSION_WRITES.matches(request("POST", "/logout"))).isTrue();
        var read = request("GET", "/api/plans");
        read.setRequestedSessionId("abc");
        assertThat(BrowserSessions.SESSION_WRITES.matches(read)).isFalse();
    }

    @Test
    void basicAndBearerRequestsBringTheirOwnCredentials() {
        var basic = request("POST", "/api/plans");
        basic.addHeader("Authorization", "Basic Y2hlZjpjaGVm");
        assertThat(BrowserSessions.OWN_CREDENTIALS.matches(basic)).isTrue();
        assertThat(BrowserSessions.OWN_CREDENTIALS.matches(request("POST", "/api/plans"))).isFalse();
    }

    @Test
    void onlyAPageNavigationIsSentToTheLoginPage() {
        var page = request("GET", "/plan.html");
        page.addHeader("Accept", "text/html,application/xhtml+xml");
        assertThat(BrowserSessions.NAVIGATION.matches(page)).isTrue();
        var api = request("GET", "/api/plans");
        api.addHeader("Accept", "text/html");
        assertThat(BrowserSessions.NAVIGATION.matches(api)).isFalse();
        assertThat(BrowserSessions.NAVIGATION.matches(request("GET", "/plan.html"))).as("curl").isFalse();
        var wallScreen = request("GET", "/");
        wallScreen.addHeader("Accept", "text/html");
        wallScreen.setParameter("login", "basic");
        assertThat(BrowserSessions.NAVIGATION.matches(wallScreen)).isFalse();
        var compact = request("GET", "/plan.html");
        compact.addHeader("Accept", "text/html");
        compact.setParameter("compact", "1");
        assertThat(BrowserSessions.NAVIGATION.matches(compact)).as("the wall screen's view").isFalse();
    }
}
