package se.ledger.imports.kolada;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;

/** The Kolada import of one plan, on demand: fetches now, stores what is new, answers what it did. */
@RestController
class KoladaController {

    private final KoladaImport imports;

    KoladaController(KoladaImport imports) {
        this.imports = imports;
    }

    @PostMapping("/api/plans/{planId}/kolada-imports")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Hämtar planens kopplade nyckeltal ur Kolada och lagrar nya och reviderade värden")
    @ApiResponse(responseCode = "200", description = "Vad som lagrades, per nyckeltal", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = KoladaImportSummary.class)))
    @ApiResponse(responseCode = "502", description = "Kolada gick inte att nå eller svarade med något oväntat;"
            + " inget har lagrats", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "504", description = "Kolada svarade inte i tid; inget har lagrats",
            content = @Content(mediaType = "application/problem+json"))
    KoladaImportSummary importPlan(@PathVariable String planId) {
        return imports.importPlan(planId);
    }
}
