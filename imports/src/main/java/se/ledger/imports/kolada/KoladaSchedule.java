package se.ledger.imports.kolada;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The import of every connected plan on ledger.kolada.schedule (a cron expression; "-", the default, is off). */
@Component
class KoladaSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(KoladaSchedule.class);

    private final KoladaImport imports;

    KoladaSchedule(KoladaImport imports) {
        this.imports = imports;
    }

    @Scheduled(cron = "${ledger.kolada.schedule:-}", zone = "${ledger.zone}")
    void run() {
        for (String plan : imports.connectedPlans()) {
            try {
                LOG.info("Kolada import of {}: {}", plan, imports.importPlan(plan).message());
            } catch (RuntimeException e) {
                // nothing of this plan was stored; the other plans go on, the next run tries this one again
                LOG.warn("Kolada import of {} failed: {}", plan, e.getMessage());
            }
        }
    }
}
