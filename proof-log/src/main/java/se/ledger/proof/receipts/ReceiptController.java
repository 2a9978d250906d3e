package se.ledger.proof.receipts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.platform.Roles;
import se.ledger.proof.log.LedgerKey;
import se.ledger.proof.log.MerkleLog;
import se.ledger.proof.log.Receipts;
import se.ledger.proof.note.NoteFailure;

/**
 * Reports' receipts, each checked again as it is listed: its signature, the plan view recomputed
 * now against the sealed digest, and the log's root at the checkpoint against the sealed one.
 */
@RestController
class ReceiptController {

    record CheckedReceipt(String planId, String reportId, Instant asOf, LocalDate validAt, long checkpointSize,
            String checkpointRoot, String stateDigest, String note, Instant sealedAt, Boolean verified,
            String failure) {
    }

    private final Receipts receipts;
    private final PlanStates states;
    private final LedgerKey key;
    private final MerkleLog log;

    ReceiptController(Receipts receipts, PlanStates states, LedgerKey key, MerkleLog log) {
        this.receipts = receipts;
        this.states = states;
        this.key = key;
        this.log = log;
    }

    @GetMapping("/api/proof/receipts")
    @PreAuthorize(Roles.READER)
    List<CheckedReceipt> receipts(@RequestParam(required = false) String plan) {
        return receipts.of(plan).stream().map(this::checked).toList();
    }

    private CheckedReceipt checked(Receipts.Receipt r) {
        String failure = r.note() == null ? null : failure(r);
        return new CheckedReceipt(r.planId(), r.reportId(), r.asOf(), r.validAt(), r.checkpointSize(),
                r.checkpointRoot(), r.stateDigest(), r.note(), r.sealedAt(), r.note() == null ? null : failure == null,
                failure);
    }

    private String failure(Receipts.Receipt r) {
        try {
            String text = key.verifier().open(r.note());
            if (!text.contains("\ntillstånd " + r.stateDigest() + "\n")) {
                return "Kvittots signerade text anger ett annat tillstånd än det lagrade";
            }
        } catch (NoteFailure e) {
            return "Kvittots signatur håller inte: " + e.getMessage();
        }
        if (!log.tree().root(r.checkpointSize()).base64().equals(r.checkpointRoot())) {
            return "Loggen ger en annan rot vid " + r.checkpointSize() + " löv än kontrollpunkten";
        }
        String now = states.digestLike(r.stateDigest(), r.planId(), r.asOf(), r.validAt());
        if (!now.equals(r.stateDigest())) {
            return "Planen vid rapporten ser nu annorlunda ut (" + now + ") än när den förseglades";
        }
        return null;
    }
}
