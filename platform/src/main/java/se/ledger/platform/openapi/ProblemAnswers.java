package se.ledger.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The RFC 9457 answers every endpoint may give, each with an example as the ledger writes it:
 * reads can be malformed, unauthorised, forbidden, about an unknown id or meet a lost database;
 * writes can also conflict (stale If-Match, id in use), send the wrong content type or break a rule.
 */
final class ProblemAnswers {

    static final String SCHEMA = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private record Answer(String description, String title, String detail) {
    }

    private static final Map<Integer, Answer> ANSWERS = answers();

    private ProblemAnswers() {
    }

    private static Map<Integer, Answer> answers() {
        var answers = new LinkedHashMap<Integer, Answer>();
        answers.put(400, new Answer("Felaktig begäran (fältet namnges i errors)", "Ogiltig begäran",
                "end: ligger före start"));
        answers.put(401, new Answer("Inloggning saknas eller är fel", "Inloggning krävs",
                "Ange användarnamn och lösenord (HTTP Basic)."));
        answers.put(403, new Answer("Rollen räcker inte, eller skrivning från en främmande webbplats",
                "Behörighet saknas", "Din roll får inte göra detta."));
        answers.put(404, new Answer("Okänt id", "Finns inte", "Målet g1 finns inte"));
        answers.put(409, new Answer("Inaktuell If-Match eller id som redan används", "Konflikt",
                "Objektet a1 har version 3, inte 2 som i If-Match; läs om det och försök igen."));
        answers.put(415, new Answer("Annan innehållstyp än JSON (multipart för import)", "Formatet stöds inte",
                "Innehållstypen text/plain stöds inte."));
        answers.put(422, new Answer("En affärsregel bryts", "Regel bruten",
                "Status 'Pågående med avvikelse' kräver en förklaring av avvikelsen."));
        answers.put(503, new Answer("Databasen svarar inte (med Retry-After)", "Databasen är inte tillgänglig",
                "Databasen svarar inte just nu; försök igen om en stund."));
        return Map.copyOf(answers);
    }

    /** The statuses documented for this handler, in order. */
    static List<Integer> statusesOf(HandlerMethod handler) {
        boolean write = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class);
        boolean aboutAnId = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        return ANSWERS.keySet().stream().sorted()
                .filter(status -> write || (status != 409 && status != 415 && status != 422))
                .filter(status -> status != 404 || write || aboutAnId)
                .toList();
    }

    static void addTo(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (int status : statusesOf(handler)) {
            var answer = ANSWERS.get(status);
            var example = new Example().value(example(status, answer));
            var media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                    .addExamples("problem", example);
            operation.getResponses().addApiResponse(String.valueOf(status), new ApiResponse()
                    .description(answer.description()).content(new Content().addMediaType(PROBLEM_JSON, media)));
        }
    }

    private static Map<String, Object> example(int status, Answer answer) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", answer.title());
        problem.put("status", status);
        problem.put("detail", answer.detail());
        if (status == 400 || status == 422) {
            problem.put("errors", List.of(Map.of("field", status == 400 ? "end" : "explanation",
                    "detail", status == 400 ? "ligger före start" : answer.detail())));
        }
        return problem;
    }

    @SuppressWarnings("rawtypes")
    static Schema schema() {
        var fieldProblem = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("detail", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details; meddelanden på svenska")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldProblem));
    }
}
