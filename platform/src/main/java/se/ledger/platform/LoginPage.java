package se.ledger.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The login page: the organisation's provider when one is configured, and a password form for the
 * configuration users where enabled; and the sign-out page, whose button posts with the CSRF token.
 * Rendered here, not in a script, so that it works before any script runs and carries the token.
 */
@RestController
class LoginPage {

    static final String PATH = "/login";
    static final String SIGN_OUT = "/logout";

    private final SecurityProperties security;
    private final OidcProperties oidc;
    private final boolean provider;

    LoginPage(SecurityProperties security, OidcProperties oidc, ObjectProvider<ClientRegistrationRepository> clients) {
        this.security = security;
        this.oidc = oidc;
        this.provider = clients.getIfAvailable() != null;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> login(HttpServletRequest request) {
        var body = new StringBuilder(message(request));
        if (provider) {
            body.append("<p><a class=\"signin-provider\" href=\"/oauth2/authorization/").append(OidcConfig.REGISTRATION)
                    .append("\">Logga in med ").append(htmlEscape(oidc.displayName())).append("</a></p>\n");
        }
        if (security.localLogin()) {
            String problem = request.getParameter("error") != null ? " aria-describedby=\"login-problem\"" : "";
            body.append(provider ? "<h2>Eller med lokalt konto</h2>\n" : "")
                    .append("<form class=\"signin-form\" method=\"post\" action=\"").append(PATH).append("\">\n")
                    .append("<label for=\"username\">Användarnamn</label>\n")
                    .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required")
                    .append(problem).append(">\n")
                    .append("<label for=\"password\">Lösenord</label>\n")
                    .append("<input id=\"password\" name=\"password\" type=\"password\" ")
                    .append("autocomplete=\"current-password\" required>\n")
                    .append(csrfField(request))
                    .append("<button type=\"submit\">Logga in</button>\n</form>\n");
        }
        return page("Logga in", body.toString());
    }

    /**
     * The button's post is answered with a redirect to the provider's end-session endpoint, which the
     * page's form-action must allow: the provider's origin (the one of its issuer) besides the ledger's.
     */
    @GetMapping(value = SIGN_OUT, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signOut(HttpServletRequest request, HttpServletResponse response) {
        String providerOrigin = provider ? SameOriginWrites.origin(oidc.issuerUri()) : null;
        if (providerOrigin != null) {
            response.setHeader("Content-Security-Policy", PageHeaders.CONTENT_SECURITY_POLICY.replace(
                    "form-action 'self'", "form-action 'self' " + providerOrigin.replaceFirst(":(80|443)$", "")));
        }
        return page("Logga ut", "<form class=\"signin-form\" method=\"post\" action=\"" + SIGN_OUT + "\">\n"
                + "<p>Vill du logga ut från Uppföljningsliggaren?</p>\n" + csrfField(request)
                + "<button type=\"submit\">Logga ut</button>\n</form>\n<p><a href=\"/\">Tillbaka</a></p>\n");
    }

    private String message(HttpServletRequest request) {
        String error = request.getParameter("error");
        if (error != null) {
            String text = switch (error) {
                case "wait" -> "För många misslyckade inloggningar. Vänta en stund och försök igen.";
                case "oidc" -> "Inloggningen med " + htmlEscape(oidc.displayName()) + " misslyckades. Försök igen.";
                default -> "Fel användarnamn eller lösenord.";
            };
            return "<p id=\"login-problem\" class=\"signin-problem\" role=\"alert\">" + text + "</p>\n";
        }
        return request.getParameter("logout") != null ? "<p role=\"status\">Du är utloggad.</p>\n" : "";
    }

    private static String csrfField(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? "<input type=\"hidden\" name=\"" + htmlEscape(token.getParameterName()) + "\" value=\""
                        + htmlEscape(token.getToken()) + "\">\n"
                : "";
    }

    private static ResponseEntity<String> page(String title, String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body("""
                        <!DOCTYPE html>
                        <html lang="sv">
                        <head>
                          <meta charset="utf-8">
                          <meta name="viewport" content="width=device-width, initial-scale=1">
                          <title>%s – Uppföljningsliggaren</title>
                          <link rel="stylesheet" href="/css/ledger.css">
                          <link rel="stylesheet" href="/css/signin.css">
                        </head>
                        <body data-page="signin">
                        <main class="signin">
                        <h1>%s</h1>
                        <p class="subtitle">Uppföljningsliggaren</p>
                        %s</main>
                        </body>
                        </html>
                        """.formatted(title, title, body));
    }
}
