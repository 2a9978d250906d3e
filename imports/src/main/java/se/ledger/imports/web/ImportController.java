package se.ledger.imports.web;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.ledger.imports.ImportFormat;
import se.ledger.imports.ImportOutcome;
import se.ledger.imports.ImportRequest;
import se.ledger.imports.ImportSummary;
import se.ledger.imports.PlanImporter;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.Roles;

/** Upload of a plan table or plan spreadsheet (docs/import-formats.md), or a follow-up (docs/follow-up-import.md). */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final PlanImporter importer;

    ImportController(PlanImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<ImportSummary> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String plan) throws IOException {
        ImportFormat named = null;
        if (format != null && !format.isBlank()) {
            named = ImportFormat.fromParameter(format)
                    .orElseThrow(() -> new InvalidInput("format", "plan-table, csv eller xlsx, inte '" + format + "'"));
        }
        if (plan != null && plan.isBlank()) {
            throw new InvalidInput("plan", "id för planen som uppföljningen gäller, eller ingen parameter alls");
        }
        var summary = importer.importFile(new ImportRequest(fileName(file), file.getBytes(), named, organisation,
                year, dryRun, plan));
        if (summary.outcome() != ImportOutcome.IMPORTED) {
            return ResponseEntity.ok(summary);
        }
        var created = ResponseEntity.status(HttpStatus.CREATED);
        if (summary.planIds().size() == 1) {
            created.location(URI.create("/api/plans/" + summary.planIds().get(0)));
        }
        return created.body(summary);
    }

    /** Browsers on Windows may send the whole path; the actor names the file only. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "uppladdad-fil";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }
}
