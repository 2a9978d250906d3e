package se.ledger.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Tomcat answers some requests itself before Spring sees them (an encoded slash or NUL in the path,
 * a request line too long): those answers are problem+json too, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    // Tomcat creates the valve by class name, outside Spring: its own mapper, with Spring's ProblemDetail layout
    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status));
                response.finishResponse();
            }
        } catch (Exception | LinkageError e) {
            // the connection is gone; nothing more to tell the client
        }
    }

    private static ProblemDetail problem(int status) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), ErrorTitles.detail(status));
        problem.setTitle(ErrorTitles.of(status));
        return problem;
    }

    static String json(int status) throws JsonProcessingException {
        return JSON.writeValueAsString(problem(status));
    }
}
