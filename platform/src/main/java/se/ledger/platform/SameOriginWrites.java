package se.ledger.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that a browser sent on behalf of another site. Browsers cache
 * HTTP Basic credentials and attach them to any request to the ledger, including a form or a
 * multipart upload that a foreign page submits: without this check that page could write.
 *
 * <p>An Origin check rather than CSRF tokens: the API is stateless HTTP Basic, there is no session
 * to keep a token in, and every browser sends Origin on a cross-site POST (and on every fetch
 * POST). When the OIDC login (a session cookie) arrives, it brings session-bound CSRF tokens.
 *
 * <p>A request with neither Origin nor Referer is let through: it comes from a non-browser client
 * (curl, an integration, another server), which has no ambient credentials that a foreign page could
 * borrow. {@code Origin: null} (sandboxed frames, some redirects, file: pages) counts as foreign.
 */
final class SameOriginWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowed;
    private final ProblemResponses problems;

    SameOriginWrites(List<String> allowedOrigins, ProblemResponses problems) {
        this.allowed = allowedOrigins.stream().map(SameOriginWrites::configured).collect(Collectors.toUnmodifiableSet());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || isOwn(origin(claimed), request)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "Begäran från en annan webbplats",
                "Ändringar tas bara emot från ledgerns egna sidor; begäran kom från en annan webbplats.",
                new FieldProblem(origin != null ? "Origin" : "Referer",
                        "främmande ursprung '" + printable(claimed) + "'"));
    }

    private boolean isOwn(String claimed, HttpServletRequest request) {
        String own = origin(request.getScheme() + "://" + hostAndPort(request));
        return claimed != null && (claimed.equals(own) || allowed.contains(claimed));
    }

    private static String hostAndPort(HttpServletRequest request) {
        String host = request.getServerName();
        boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
        return (ipv6 ? "[" + host + "]" : host) + ":" + request.getServerPort();
    }

    /** scheme://host:port in lower case with the port spelled out, or null if it names no origin. */
    static String origin(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String configured(String url) {
        String origin = origin(url);
        if (origin == null) {
            throw new IllegalArgumentException("ledger.security.allowed-origins: not an origin: " + url);
        }
        return origin;
    }

    private static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }
}
