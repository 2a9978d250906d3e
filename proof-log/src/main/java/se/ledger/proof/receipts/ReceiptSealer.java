package se.ledger.proof.receipts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.ledger.proof.log.Receipts;
import se.ledger.query.ProjectionProgress;

/**
 * Seals each issued report once the read side has taken it: the digest of the plan view the report
 * shows, signed with the report's checkpoint. The view at a report never changes afterwards (the
 * ledger is bitemporal), so sealing a little later seals the same state.
 */
@Component
class ReceiptSealer {

    private static final Logger log = LoggerFactory.getLogger(ReceiptSealer.class);

    private final Receipts receipts;
    private final PlanStates states;
    private final ProjectionProgress progress;

    ReceiptSealer(Receipts receipts, PlanStates states, ProjectionProgress progress) {
        this.receipts = receipts;
        this.states = states;
        this.progress = progress;
    }

    @Scheduled(fixedDelayString = "${ledger.proof.seal-interval:PT2S}")
    void sealWaiting() {
        for (var waiting : receipts.waiting()) {
            if (!progress.covers(waiting.globalIndex())) {
                return; // the rest came later still
            }
            try {
                var sealed = receipts.seal(waiting, states.digest(waiting.planId(), waiting.asOf(), waiting.validAt()));
                log.info("Rapport {} i plan {} förseglad: {}", sealed.reportId(), sealed.planId(), sealed.stateDigest());
            } catch (RuntimeException e) {
                log.warn("Rapport {} i plan {} kunde inte förseglas än: {}", waiting.reportId(), waiting.planId(),
                        e.getMessage());
            }
        }
    }
}
