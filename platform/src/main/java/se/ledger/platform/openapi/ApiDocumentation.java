package se.ledger.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html},
 * generated from the controllers of whichever side runs (both in the standalone ledger). Like
 * everything else they need a login, any role.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basic";

    @Bean
    OpenAPI ledgerApi() {
        return new OpenAPI()
                .info(new Info().title("Uppföljningsliggaren").version("1")
                        .description("Mål, nyckeltal och aktiviteter i en kommuns verksamhetsplan, som händelser. "
                                + "Skrivningar svarar {id, eventId, version, position}; fel är RFC 9457 "
                                + "application/problem+json med errors: [{field, detail}]."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(ProblemAnswers.SCHEMA, ProblemAnswers.schema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer rolesAndProblems() {
        return (operation, handler) -> {
            var roles = EndpointRoles.of(handler);
            operation.addExtension("x-roles", roles);
            String note = "Roller: " + String.join(", ", roles) + ".";
            String given = operation.getDescription();
            operation.setDescription(given == null ? note : given + "\n\n" + note);
            ProblemAnswers.addTo(operation, handler);
            return operation;
        };
    }

    /** Only the API: the error page is Spring's plumbing, not an endpoint. */
    @Bean
    OpenApiCustomizer apiPathsOnly() {
        return api -> api.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
    }
}
