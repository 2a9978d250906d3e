package se.ledger.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser signed in with a session (the login form or OpenID Connect) carries its cookie to any
 * request, so its writes need a CSRF token: the cookie XSRF-TOKEN, readable by the ledger's own
 * scripts, sent back in the header X-XSRF-TOKEN (or the field _csrf of a form). A request that brings
 * its own credentials (HTTP Basic, a bearer token) is exempt: scripts and wall screens keep working,
 * and {@link SameOriginWrites} still guards the Basic credentials that browsers cache.
 */
final class BrowserSessions {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * A write that a session could authorise, or a sign-in or sign-out: one without a session cookie
     * has nothing a foreign page could borrow, and is answered 401 (not 403) when it lacks credentials.
     */
    static final RequestMatcher SESSION_WRITES = request -> !SAFE_METHODS.contains(request.getMethod())
            && (request.getRequestedSessionId() != null
                    || request.getRequestURI().equals(request.getContextPath() + LoginPage.PATH)
                    || request.getRequestURI().equals(request.getContextPath() + LoginPage.SIGN_OUT));

    /** Credentials in the request itself, which a foreign page cannot add to a form it submits. */
    static final RequestMatcher OWN_CREDENTIALS = request -> request.getHeader("Authorization") != null;

    /**
     * A page the user navigates to: worth the login page, and worth returning to after it. Not the wall
     * screen's compact view, nor an address with {@code login=basic}: they open with Basic credentials
     * in the address, which a browser sends only when challenged, and no one is there to sign in.
     */
    static final RequestMatcher NAVIGATION = request -> "GET".equals(request.getMethod())
            && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
            && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html")
            && !"basic".equals(request.getParameter("login")) && !"1".equals(request.getParameter("compact"));

    private BrowserSessions() {
    }

    static void csrf(CsrfConfigurer<HttpSecurity> csrf) {
        var tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // the plain token, as the page's script reads it from the cookie (no per-response masking)
        csrf.csrfTokenRepository(tokens)
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(SESSION_WRITES)
                .ignoringRequestMatchers(OWN_CREDENTIALS);
    }

    /** Only page navigations are remembered for after the login: an API call must not open a session. */
    static RequestCache navigations() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(NAVIGATION);
        cache.setMatchingRequestParameterName(null); // the address the user asked for, without "?continue"
        return cache;
    }

    /** Hands out the XSRF-TOKEN cookie before the first write needs it (Spring defers it otherwise). */
    static final class TokenCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!OWN_CREDENTIALS.matches(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
