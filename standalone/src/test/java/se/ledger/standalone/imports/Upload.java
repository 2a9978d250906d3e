package se.ledger.standalone.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import se.ledger.platform.test.Api;

/** A multipart/form-data upload as a browser or curl -F sends it. */
public final class Upload {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Upload() {
    }

    public static Api.Response post(int port, String user, String pathAndQuery, String fileName, byte[] content) {
        String boundary = "----ledger" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (fileName != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
