package se.ledger.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 with the Basic challenge, or 429 with Retry-After while failed logins are throttled. */
final class LoginRequired implements AuthenticationEntryPoint {

    private final String realm;
    private final ProblemResponses problems;

    LoginRequired(String realm, ProblemResponses problems) {
        this.realm = realm;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledLogins.Throttled throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "För många misslyckade inloggningar",
                    "Inloggningen prövades inte. Vänta " + seconds + " sekunder och försök igen.",
                    new FieldProblem("Authorization", "för många misslyckade inloggningar; försök igen om "
                            + seconds + " sekunder"));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, "Inloggning krävs",
                "Ange användarnamn och lösenord (HTTP Basic).");
    }
}
