package se.ledger.imports.kolada;

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
    KoladaImportSummary importPlan(@PathVariable String planId) {
        return imports.importPlan(planId);
    }
}
