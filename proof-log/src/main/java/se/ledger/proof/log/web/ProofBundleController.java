package se.ledger.proof.log.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.platform.Roles;
import se.ledger.proof.log.BundleExport;

/** The proof bundle of a plan: at an issued report, or at any (asOf, validAt). */
@RestController
class ProofBundleController {

    private final BundleExport export;

    ProofBundleController(BundleExport export) {
        this.export = export;
    }

    /**
     * The time axes as every read takes them (ReadTimeResolver): {@code report=} stands for the report's issue
     * instant and report date, checked to exist with no axis beside it; otherwise asOf and validAt, by default
     * now and today.
     */
    @GetMapping(value = "/api/plans/{planId}/proof-bundle", produces = "application/zip")
    @PreAuthorize(Roles.READER)
    ResponseEntity<byte[]> bundle(@PathVariable String planId, TimeAxes at,
            @RequestParam(required = false) String report) throws IOException {
        boolean ofReport = report != null && !report.isBlank();
        var bundle = ofReport ? export.forReport(planId, report) : export.at(planId, at.asOf(), at.validAt());
        var bytes = new ByteArrayOutputStream();
        bundle.write(bytes);
        String name = "bevispaket-" + planId + "-" + (ofReport ? report : at.validAt()) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(bytes.toByteArray());
    }
}
