package se.ledger.query.deadletter;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;

/** The projection's dead letters, for administrators: see them, and have them handled again. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize(Roles.ADMIN)
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetters.Letter> list() {
        return deadLetters.list();
    }

    @PostMapping("/retry")
    List<DeadLetters.Retry> retryAll() {
        return deadLetters.retryAll();
    }

    @PostMapping("/{id}/retry")
    DeadLetters.Retry retry(@PathVariable String id) {
        return deadLetters.retry(id);
    }
}
