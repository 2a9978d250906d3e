package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request lines no HTTP client library would send: Tomcat refuses them itself, still as problem+json. */
class RawRequestLineIT extends LedgerTestBase {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/plans/%zz/goals", "/api/plans/a b/goals", "/api/plans/å/goals", "/api/plans?x=%",
            "/api/plans/{x}/goals", "/api/plans/a\\b/goals", "/api/plans/a|b/goals", "/api/plans/\"/goals"})
    void malformedRequestLinesGetProblemJson(String target) throws IOException {
        String answer = send("POST " + target + " HTTP/1.1");
        assertThat(answer).as(answer).startsWith("HTTP/1.1 4");
        assertThat(answer.toLowerCase()).as(answer).contains("content-type: application/problem+json");
    }

    private String send(String requestLine) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            var request = new ByteArrayOutputStream();
            request.writeBytes(requestLine.getBytes(StandardCharsets.UTF_8));
            request.writeBytes(("\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(body);
            socket.getOutputStream().write(request.toByteArray());
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
