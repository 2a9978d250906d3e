package se.ledger.standalone.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;

/** A full backup of a running ledger, streamed: every event, salt and checkpoint. */
@RestController
class BackupController {

    private final FullBackup backup;

    BackupController(FullBackup backup) {
        this.backup = backup;
    }

    @GetMapping(value = "/api/admin/export-all", produces = "application/zip")
    @PreAuthorize(Roles.ADMIN)
    void exportAll(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sakerhetskopia-" + LocalDate.now() + ".zip").build().toString());
        backup.export(response.getOutputStream());
    }
}
