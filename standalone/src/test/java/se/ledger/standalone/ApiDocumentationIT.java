package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OpenAPI document describes every endpoint the README lists, with roles and problem answers. */
class ApiDocumentationIT extends LedgerTestBase {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(/[^`]*)` \\|(.*)\\|\\s*$");
    private static final Pattern INLINE = Pattern.compile("`(GET|POST) (/api/[^` ]+)`");
    private static final Pattern CURL = Pattern.compile("curl .*\"https?://[^/]+(/api/[^\"?]+)");
    private static final List<String> READ_ERRORS = List.of("400", "401", "403", "503");
    private static final List<String> WRITE_ERRORS = List.of("400", "401", "403", "404", "409", "422", "503");

    record Endpoint(String method, String path, String role) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "chef", "revisor", "dashboard"})
    void everyRoleReadsTheDocumentAndSwaggerUi(String user) {
        assertThat(api.get(user, "/v3/api-docs").status()).isEqualTo(200);
        var page = api.get(user, "/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void strangersReadNothing() {
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(401);
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(401);
    }

    @Test
    void everyEndpointTheReadmeListsIsDocumentedWithItsErrorAnswers() throws IOException {
        var document = api.get("revisor", "/v3/api-docs").json();
        var listed = readmeEndpoints();
        assertThat(listed).hasSizeGreaterThan(20);
        for (var endpoint : listed) {
            var operation = operation(document, endpoint);
            assertThat(operation).as("%s %s in /v3/api-docs", endpoint.method(), endpoint.path()).isNotNull();
            boolean write = endpoint.method().equals("POST");
            var expected = new ArrayList<>(write ? WRITE_ERRORS : READ_ERRORS);
            if (!write && endpoint.path().contains("{")) {
                expected.add("404");
            }
            for (String status : expected) {
                var answer = operation.path("responses").path(status);
                assertThat(answer.path("content").path("application/problem+json").path("examples").path("problem")
                        .path("value").path("status").asInt())
                        .as("%s %s answers %s as problem+json with an example", endpoint.method(), endpoint.path(),
                                status)
                        .isEqualTo(Integer.parseInt(status));
            }
            if (endpoint.role() != null) {
                assertThat(operation.path("x-roles").toString()).as("roles of %s", endpoint.path())
                        .contains("\"" + endpoint.role() + "\"");
            }
        }
    }

    @Test
    void writesDescribeTheirBodiesAndRoles() {
        var document = api.get("chef", "/v3/api-docs").json();
        var status = document.path("paths").path("/api/activities/{activityId}/status").path("post");
        assertThat(status.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asText()).endsWith("/StatusRequest");
        assertThat(status.path("x-roles").toString()).isEqualTo("[\"ADMIN\",\"MANAGER\"]");
        assertThat(document.path("components").path("schemas").path("WriteResult").path("example").isMissingNode())
                .isFalse();
    }

    private static JsonNode operation(JsonNode document, Endpoint endpoint) {
        var wanted = segments(endpoint.path());
        for (var paths = document.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            var documented = segments(path.getKey());
            if (matches(documented, wanted) && path.getValue().has(endpoint.method().toLowerCase())) {
                return path.getValue().get(endpoint.method().toLowerCase());
            }
        }
        return null;
    }

    /** A documented {variable} stands for any segment, a listed one only for another variable. */
    private static boolean matches(List<String> documented, List<String> listed) {
        if (documented.size() != listed.size()) {
            return false;
        }
        for (int i = 0; i < documented.size(); i++) {
            boolean variable = documented.get(i).startsWith("{");
            if (!(variable || documented.get(i).equals(listed.get(i)))) {
                return false;
            }
            if (listed.get(i).startsWith("{") && !variable) {
                return false;
            }
        }
        return true;
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.replaceAll("\\?.*", "").replaceAll("^/", "").split("/"));
    }

    /** The write table (base /api), the read table, and the endpoints named in the text. */
    static List<Endpoint> readmeEndpoints() throws IOException {
        var endpoints = new ArrayList<Endpoint>();
        String table = null;
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("| POST |")) {
                table = "POST";
            } else if (line.startsWith("| GET |")) {
                table = "GET";
            } else if (!line.startsWith("|")) {
                table = null;
            }
            var row = TABLE_ROW.matcher(line);
            if (table != null && row.matches()) {
                String path = table.equals("POST") ? "/api" + row.group(1) : row.group(1);
                String role = table.equals("POST") ? lastCell(row.group(2)) : null;
                for (String each : alternatives(path)) {
                    endpoints.add(new Endpoint(table, each, role));
                }
            }
            INLINE.matcher(line).results().forEach(m -> endpoints.add(new Endpoint(m.group(1), m.group(2), null)));
            CURL.matcher(line).results().forEach(m -> endpoints.add(new Endpoint(line.contains(" -F ") ? "POST" : "GET",
                    m.group(1), null)));
        }
        return endpoints;
    }

    /** {@code /api/{goals\\|plans}/x} stands for {@code /api/goals/x} and {@code /api/plans/x}. */
    private static List<String> alternatives(String path) {
        var choice = Pattern.compile("\\{([a-z]+(?:\\\\\\|[a-z]+)+)}").matcher(path);
        if (!choice.find()) {
            return List.of(path);
        }
        return Arrays.stream(choice.group(1).split("\\\\\\|"))
                .map(option -> path.substring(0, choice.start()) + option + path.substring(choice.end()))
                .toList();
    }

    private static String lastCell(String cells) {
        var parts = cells.split("\\|");
        return parts[parts.length - 1].trim();
    }
}
