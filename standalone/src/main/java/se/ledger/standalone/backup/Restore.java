package se.ledger.standalone.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.JdbcDirectory;
import se.ledger.proof.log.Checkpoints;
import se.ledger.proof.log.LedgerKey;
import se.ledger.proof.log.MerkleLog;

/**
 * Restores a full backup into an empty ledger, in one transaction: the events as they were stored,
 * the log's leaves in the backup's order with the backup's salts (so the root must come out the
 * same, or nothing is kept), the command side's directory, and the checkpoints.
 */
@Component
public class Restore {

    public record Restored(long events, long logSize, String rootHash, boolean checkpointsKept) {
    }

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MerkleLog log;
    private final Checkpoints checkpoints;
    private final LedgerKey key;
    private final EventStorageEngine storage;
    private final EventProcessingConfiguration processing;

    Restore(JdbcTemplate jdbc, TransactionTemplate transaction, MerkleLog log, Checkpoints checkpoints, LedgerKey key,
            EventStorageEngine storage, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.log = log;
        this.checkpoints = checkpoints;
        this.key = key;
        this.storage = storage;
        this.processing = processing;
    }

    public Restored restore(InputStream in) {
        return transaction.execute(tx -> {
            try {
                return restoreNow(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("säkerhetskopian går inte att läsa: " + e.getMessage(), e);
            }
        });
    }

    private Restored restoreNow(InputStream in) throws IOException {
        Long present = jdbc.queryForObject("SELECT count(*) FROM public.domainevententry", Long.class);
        if (present != null && present > 0) {
            throw new IllegalStateException("Liggaren är inte tom (" + present + " händelser): återställ bara till en tom.");
        }
        var state = new State();
        FullBackup.read(in, state);
        state.flush();
        if (state.manifest == null) {
            throw new IllegalArgumentException("säkerhetskopian saknar manifest.json");
        }
        jdbc.queryForObject("SELECT setval('public.domainevententry_globalindex_seq', greatest(1, (SELECT max(globalindex)"
                + " FROM public.domainevententry)))", Long.class);
        for (int from = 0; from < state.logged.size(); from += CHUNK) {
            log.append(state.logged.subList(from, Math.min(state.logged.size(), from + CHUNK)));
        }
        String root = log.tree().root(state.manifest.logSize()).base64();
        if (!root.equals(state.manifest.rootHash())) {
            throw new IllegalStateException("Återställningen ger roten " + root + " men säkerhetskopian angav "
                    + state.manifest.rootHash() + ": inget har sparats.");
        }
        rebuildDirectory();
        boolean sameKey = key.verifier().verifierKey().equals(state.manifest.verifierKey());
        if (sameKey) {
            state.checkpoints.forEach(checkpoints::keep);
        }
        checkpoints.issue(state.manifest.logSize(), "Återställd från säkerhetskopia " + state.manifest.exportedAt()
                + (sameKey ? "" : " (signerad med nyckeln " + state.manifest.verifierKey() + ")"), null);
        return new Restored(state.events, state.manifest.logSize(), root, sameKey);
    }

    /** The directory learns from events as they are written; here it learns them all again, in order. */
    private void rebuildDirectory() {
        var directory = processing.eventProcessor(JdbcDirectory.PROCESSING_GROUP, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no command directory in this ledger"))
                .eventHandlerInvoker();
        try (var events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                try {
                    directory.handle((EventMessage<?>) event, Segment.ROOT_SEGMENT);
                } catch (Exception e) {
                    throw new IllegalStateException("the directory refused event " + event.getIdentifier(), e);
                }
            });
        }
    }

    private final class State implements FullBackup.BackupReader {
        BackupManifest manifest;
        final List<Checkpoints.Issued> checkpoints = new ArrayList<>();
        final List<String> logged = new ArrayList<>();
        final List<BackupEvent> pending = new ArrayList<>();
        long events;

        @Override
        public void manifest(BackupManifest manifest) {
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new IllegalArgumentException("okänt format: " + manifest.format());
            }
            this.manifest = manifest;
        }

        @Override
        public void checkpoint(Checkpoints.Issued checkpoint) {
            checkpoints.add(checkpoint);
        }

        @Override
        public void event(BackupEvent event) {
            pending.add(event);
            events++;
            if (event.leafIndex() != null) {
                if (event.leafIndex() != logged.size()) {
                    throw new IllegalArgumentException("säkerhetskopians löv " + logged.size() + " saknas");
                }
                logged.add(event.eventId());
            }
            if (pending.size() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            jdbc.batchUpdate("INSERT INTO public.domainevententry (globalindex, eventidentifier, type,"
                    + " aggregateidentifier, sequencenumber, payloadtype, payloadrevision, timestamp, payload, metadata)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pending.stream().map(e -> new Object[] {e.globalIndex(),
                        e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.timestamp(), e.payload().getBytes(StandardCharsets.UTF_8),
                        e.metadata() == null ? null : Base64.getDecoder().decode(e.metadata())}).toList());
            var salts = new ArrayList<Object[]>();
            pending.forEach(e -> e.salts().forEach((field, salt) -> salts.add(new Object[] {e.globalIndex(), field,
                    Base64.getDecoder().decode(salt)})));
            jdbc.batchUpdate("INSERT INTO proof.text_salt (global_index, field, salt) VALUES (?, ?, ?)", salts);
            var redactions = new ArrayList<Object[]>();
            pending.forEach(e -> e.redactions().forEach((field, r) -> redactions.add(new Object[] {e.globalIndex(), field,
                    r.commitment(), r.reason(), r.event(), java.sql.Timestamp.from(r.at())})));
            jdbc.batchUpdate("INSERT INTO proof.redaction (global_index, field, commitment, reason, redaction_event,"
                    + " redacted_at) VALUES (?, ?, ?, ?, ?, ?)", redactions);
            pending.clear();
        }
    }
}
