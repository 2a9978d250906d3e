package se.ledger.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers on every response. The pages load only their own scripts and styles (no inline script,
 * no style attributes; the SVG charts use presentation attributes such as fill, which CSP allows),
 * so an injected fragment can run nothing. Referrer-Policy same-origin keeps plan ids in page addresses from leaking to other
 * sites while the ledger's own requests still carry a Referer for {@link SameOriginWrites}.
 */
final class PageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private PageHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
