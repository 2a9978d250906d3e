package se.ledger.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Headers on every response. The pages load only their own scripts and styles (no inline script,
 * no style attributes; the SVG charts use presentation attributes such as fill, which CSP allows),
 * so an injected fragment can run nothing. Referrer-Policy same-origin keeps plan ids in page addresses from leaking to other
 * sites while the ledger's own requests still carry a Referer for {@link SameOriginWrites}.
 */
final class PageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * Swagger UI (springdoc's bundle) sets one inline style, always the same text: its pages, and
     * only they, may apply that style, by hash; they too run no inline script.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-hashes' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    private PageHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        var swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
