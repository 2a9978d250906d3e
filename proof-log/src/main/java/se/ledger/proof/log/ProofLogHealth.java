package se.ledger.proof.log;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The last self-audit in the health check: a history that no longer matches its log is the one
 * failure an auditor must hear about from the ledger itself. Until an audit has run the log counts as UP.
 */
@Component("proofLog")
class ProofLogHealth implements HealthIndicator {

    /** The ledger keeps answering (HTTP 200): what it shows stays readable while people find out what happened. */
    static final Status PROOF_MISMATCH = new Status("PROOF_MISMATCH",
            "Händelselagret stämmer inte med loggen: se firstMismatch");

    private final SelfAudit audit;
    private final MerkleLog log;

    ProofLogHealth(SelfAudit audit, MerkleLog log) {
        this.audit = audit;
        this.log = log;
    }

    @Override
    public Health health() {
        var builder = audit.last().map(result -> result.ok()
                ? Health.up().withDetail("lastAudit", result.auditedAt()).withDetail("checkedLeaves", result.checkedLeaves())
                : Health.status(PROOF_MISMATCH).withDetail("lastAudit", result.auditedAt())
                        .withDetail("firstMismatch", result.firstMismatch()))
                .orElseGet(() -> Health.up().withDetail("lastAudit", "ännu ingen"));
        return builder.withDetail("leaves", log.size()).build();
    }
}
