package se.ledger.proof.log.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.Roles;
import se.ledger.proof.log.BundleExport;

/** The proof bundle of a plan: at an issued report, or at any (asOf, validAt). */
@RestController
class ProofBundleController {

    private final BundleExport export;

    ProofBundleController(BundleExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/plans/{planId}/proof-bundle", produces = "application/zip")
    @PreAuthorize(Roles.READER)
    ResponseEntity<byte[]> bundle(@PathVariable String planId, @RequestParam(required = false) String report,
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate validAt)
            throws IOException {
        if (report != null && (asOf != null || validAt != null)) {
            throw new InvalidInput(asOf != null ? "asOf" : "validAt",
                    "Ange antingen en rapport eller asOf och validAt, inte båda.");
        }
        if (report == null && (asOf == null || validAt == null)) {
            throw new InvalidInput(asOf == null ? "asOf" : "validAt",
                    "Ange en rapport (report) eller både asOf och validAt.");
        }
        var bundle = report != null ? export.forReport(planId, report) : export.at(planId, asOf, validAt);
        var bytes = new ByteArrayOutputStream();
        bundle.write(bytes);
        String name = "bevispaket-" + planId + "-" + (report != null ? report : validAt) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(bytes.toByteArray());
    }
}
