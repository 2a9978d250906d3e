package se.ledger.reports.web;

import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.platform.InvalidInput;
import se.ledger.reports.document.ReportContent;
import se.ledger.reports.document.ReportDocx;
import se.ledger.reports.document.ReportPdf;
import se.ledger.reports.document.ReportSource;

/**
 * The delårsrapport to download: for an issued report ({@code report=}) or any (asOf, validAt),
 * read as every read-API query reads them. For those who answer for the plan or audit it; a wall
 * screen (DASHBOARD) has no use for a document.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER','AUDITOR')")
class ReportDocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    private final ReportSource source;

    ReportDocumentController(ReportSource source) {
        this.source = source;
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String planId, TimeAxes at, @RequestParam(required = false) String report) {
        return file(content(planId, at, report), ReportPdf::render, MediaType.APPLICATION_PDF, ".pdf");
    }

    @GetMapping("/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String planId, TimeAxes at, @RequestParam(required = false) String report) {
        return file(content(planId, at, report), ReportDocx::render, DOCX, ".docx");
    }

    /**
     * The time axes are already the report's when one is named (and checked: it exists, no axis beside
     * it). validAt's year is the month grid's, so it keeps to the years the grid is asked for.
     */
    private ReportContent content(String planId, TimeAxes at, String report) {
        if (report != null && !report.isBlank()) {
            return source.report(planId, report);
        }
        if (at.validAt().getYear() < FIRST_YEAR || at.validAt().getYear() > LAST_YEAR) {
            throw new InvalidInput("validAt", "ska ligga mellan åren " + FIRST_YEAR + " och " + LAST_YEAR);
        }
        return source.at(planId, at.asOf(), at.validAt());
    }

    private static ResponseEntity<byte[]> file(ReportContent content, Function<ReportContent, byte[]> render,
            MediaType type, String extension) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.fileName() + extension).build().toString())
                .contentType(type)
                .body(render.apply(content));
    }
}
