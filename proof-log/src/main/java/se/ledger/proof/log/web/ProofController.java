package se.ledger.proof.log.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;
import se.ledger.proof.log.Checkpoints;
import se.ledger.proof.log.LedgerKey;
import se.ledger.proof.log.ProofProperties;
import se.ledger.proof.log.ProofReads;
import se.ledger.proof.log.SelfAudit;

/** The proof API: names and shapes fixed by the proof issue, since independent verifiers rely on them. */
@RestController
class ProofController {

    record Key(String algorithm, String origin, String publicKey, String verifierKey) {
    }

    record IssueRequest(String reason) {
    }

    private final LedgerKey key;
    private final ProofProperties properties;
    private final Checkpoints checkpoints;
    private final ProofReads reads;
    private final SelfAudit audit;

    ProofController(LedgerKey key, ProofProperties properties, Checkpoints checkpoints, ProofReads reads,
            SelfAudit audit) {
        this.audit = audit;
        this.key = key;
        this.properties = properties;
        this.checkpoints = checkpoints;
        this.reads = reads;
    }

    @GetMapping("/api/proof/key")
    @PreAuthorize(Roles.READER)
    Key key() {
        var verifier = key.verifier();
        return new Key("Ed25519", properties.origin(),
                java.util.Base64.getEncoder().encodeToString(verifier.publicKey()), verifier.verifierKey());
    }

    @GetMapping("/api/proof/checkpoints")
    @PreAuthorize(Roles.READER)
    List<Checkpoints.Issued> checkpoints(@RequestParam(required = false) String plan) {
        return checkpoints.list(plan);
    }

    @PostMapping("/api/proof/checkpoints")
    @PreAuthorize(Roles.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    Checkpoints.Issued issue(@RequestBody(required = false) IssueRequest request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank()
                ? "På begäran" : request.reason().strip();
        return checkpoints.issueNow(reason);
    }

    @GetMapping("/api/proof/leaf")
    @PreAuthorize(Roles.READER)
    ProofReads.Leaf leaf(@RequestParam String event) {
        return reads.leaf(event);
    }

    @GetMapping("/api/proof/inclusion")
    @PreAuthorize(Roles.READER)
    ProofReads.Inclusion inclusion(@RequestParam String event, @RequestParam(required = false) Long size) {
        return reads.inclusion(event, size);
    }

    /** The last self-audit, for the auditor page (every reader may see it; only an administrator starts one). */
    @GetMapping("/api/proof/audit")
    @PreAuthorize(Roles.READER)
    SelfAudit.Result lastAudit() {
        return audit.last().orElse(new SelfAudit.Result(true, 0, null, null));
    }

    @PostMapping("/api/admin/proof/audit")
    @PreAuthorize(Roles.ADMIN)
    SelfAudit.Result audit() {
        return audit.audit();
    }

    @GetMapping("/api/proof/consistency")
    @PreAuthorize(Roles.READER)
    ProofReads.Consistency consistency(@RequestParam long from, @RequestParam long to) {
        return reads.consistency(from, to);
    }
}
