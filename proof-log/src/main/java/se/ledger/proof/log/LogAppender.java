package se.ledger.proof.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.ledger.events.DecisionRecorded;
import se.ledger.events.ReportIssued;
import se.ledger.platform.EventCatalogue;

/**
 * The log's single processor: each batch of committed events, in the order it read them, becomes
 * leaves in the batch's transaction (with the processor's token). A report or a decision gets a
 * signed checkpoint that covers it.
 */
@Component
@ProcessingGroup(ProofLogConfig.PROCESSOR)
class LogAppender {

    private static final String BATCH = LogAppender.class.getName();
    private static final String REPORT = EventCatalogue.nameOf(ReportIssued.class);
    private static final String DECISION = EventCatalogue.nameOf(DecisionRecorded.class);

    private final MerkleLog log;
    private final Checkpoints checkpoints;
    private final Receipts receipts;
    private final ObjectMapper json = new ObjectMapper();

    LogAppender(MerkleLog log, Checkpoints checkpoints, Receipts receipts) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.receipts = receipts;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> unit) {
            unit.getOrComputeResource(BATCH, key -> {
                List<String> ids = unit.getMessages().stream().map(Message::getIdentifier).toList();
                unit.onPrepareCommit(u -> append(ids));
                return Boolean.TRUE;
            });
        } else {
            append(List.of(message.getIdentifier()));
        }
    }

    private void append(List<String> ids) {
        for (var appended : log.append(ids)) {
            var event = appended.event();
            String reason = null;
            if (event.type().equals(REPORT)) {
                reason = "Rapport " + field(event, "reportId") + " utfärdad";
            } else if (event.type().equals(DECISION)) {
                reason = "Beslut " + field(event, "decision", "decisionId") + " registrerat";
            }
            if (reason != null) {
                var checkpoint = checkpoints.issue(appended.leafIndex() + 1, reason, field(event, "planId"));
                if (event.type().equals(REPORT)) {
                    receipts.reportCheckpointed(field(event, "planId"), field(event, "reportId"), event.globalIndex(),
                            java.time.Instant.parse(event.recordedAt()),
                            java.time.LocalDate.parse(field(event, "effectiveDate")), checkpoint);
                }
            }
        }
    }

    private String field(StoredEvent event, String... path) {
        try {
            JsonNode node = json.readTree(event.payload());
            for (String step : path) {
                node = node.path(step);
            }
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        } catch (IOException e) {
            throw new IllegalStateException("event " + event.eventId() + " has no JSON payload", e);
        }
    }
}
