package se.ledger.plan.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;
import se.ledger.query.Rebuilds;

/** Rebuilding a projection from the first event, for administrators. */
@RestController
@RequestMapping("/api/admin/replays")
@PreAuthorize(Roles.ADMIN)
class ReplayController {

    private final Rebuilds rebuilds;

    ReplayController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/{projection}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Rebuilds.Status start(@PathVariable String projection) {
        return rebuilds.start(projection);
    }

    @GetMapping("/{projection}")
    Rebuilds.Status status(@PathVariable String projection) {
        return rebuilds.status(projection);
    }
}
