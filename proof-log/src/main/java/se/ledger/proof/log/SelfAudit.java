package se.ledger.proof.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.ledger.proof.merkle.CompactRange;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.note.Checkpoint;
import se.ledger.proof.note.NoteFailure;

/**
 * Recomputes every leaf from the event store and compares it with the log, every checkpoint with
 * the recomputed roots, and looks for stored events the log never saw. It trusts nothing it reads
 * from the log's tables except the order of the leaves.
 */
@Component
public class SelfAudit {

    private static final Logger log = LoggerFactory.getLogger(SelfAudit.class);
    private static final int BATCH = 2_000;

    public record Mismatch(Long leafIndex, String eventId, String reason) {
    }

    public record Result(boolean ok, long checkedLeaves, Mismatch firstMismatch, Instant auditedAt) {
    }

    private final LogTables tables;
    private final EventRows rows;
    private final TextSalts salts;
    private final Checkpoints checkpoints;
    private final LedgerKey key;
    private final JdbcTemplate jdbc;
    private final ProofProperties properties;
    private final Clock clock;
    private final AtomicReference<Result> last = new AtomicReference<>();

    SelfAudit(LogTables tables, EventRows rows, TextSalts salts, Checkpoints checkpoints, LedgerKey key,
            JdbcTemplate jdbc, ProofProperties properties, Clock clock) {
        this.tables = tables;
        this.rows = rows;
        this.salts = salts;
        this.checkpoints = checkpoints;
        this.key = key;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The last audit's result; empty until one has run. */
    public java.util.Optional<Result> last() {
        return java.util.Optional.ofNullable(last.get());
    }

    @Scheduled(initialDelayString = "${ledger.proof.audit-interval:PT6H}", fixedDelayString = "${ledger.proof.audit-interval:PT6H}")
    void scheduled() {
        audit();
    }

    public synchronized Result audit() {
        var result = run();
        last.set(result);
        if (!result.ok()) {
            log.error("Självgranskningen av loggen fann en avvikelse: {}", result.firstMismatch());
        }
        return result;
    }

    private Result run() {
        var checkpointsBySize = new HashMap<Long, List<Checkpoints.Issued>>();
        checkpoints.list(null).forEach(c -> checkpointsBySize.computeIfAbsent(c.size(), s -> new ArrayList<>()).add(c));
        var range = new CompactRange();
        long checked = 0;
        long highestGlobal = -1;
        for (long from = 0; ; from += BATCH) {
            var leaves = tables.leaves(from, BATCH);
            if (leaves.isEmpty()) {
                break;
            }
            var events = rows.byGlobalIndexes(leaves.stream().map(LogTables.LeafRow::globalIndex).toList()).stream()
                    .collect(Collectors.toMap(StoredEvent::globalIndex, Function.identity()));
            var commitments = salts.commitments(events.values());
            for (var leaf : leaves) {
                if (leaf.leafIndex() != range.size()) {
                    return mismatch(checked, range.size(), null, "Löv " + range.size() + " saknas i loggen");
                }
                var event = events.get(leaf.globalIndex());
                if (event == null) {
                    return mismatch(checked, leaf.leafIndex(), leaf.eventId(),
                            "Händelsen finns inte längre i händelselagret");
                }
                Hash recomputed = event.leaf(commitments.getOrDefault(event.globalIndex(), Map.of())).leafHash();
                if (!event.eventId().equals(leaf.eventId()) || !recomputed.equals(leaf.hash())) {
                    return mismatch(checked, leaf.leafIndex(), event.eventId(),
                            "Händelsens lagrade innehåll stämmer inte med det loggen förband sig till");
                }
                range.append(recomputed);
                checked++;
                highestGlobal = Math.max(highestGlobal, leaf.globalIndex());
                for (var checkpoint : checkpointsBySize.getOrDefault(range.size(), List.of())) {
                    String problem = checkpointProblem(checkpoint, range.root());
                    if (problem != null) {
                        return mismatch(checked, leaf.leafIndex(), event.eventId(), problem);
                    }
                }
            }
        }
        var beyond = checkpointsBySize.keySet().stream().filter(size -> size > range.size()).findFirst();
        if (beyond.isPresent()) {
            return mismatch(checked, null, null, "En kontrollpunkt gäller " + beyond.get()
                    + " löv men loggen har bara " + range.size());
        }
        if (range.size() > 0 && !new se.ledger.proof.merkle.MerkleTree(tables.uncached()).root(range.size())
                .equals(range.root())) {
            return mismatch(checked, null, null, "Loggens lagrade noder ger en annan rot än löven");
        }
        var unlogged = unlogged(highestGlobal);
        if (unlogged != null) {
            return mismatch(checked, null, unlogged,
                    "Händelsen finns i händelselagret men aldrig i loggen (infogad i efterhand?)");
        }
        return new Result(true, checked, null, clock.instant());
    }

    private String checkpointProblem(Checkpoints.Issued issued, Hash root) {
        try {
            var checkpoint = Checkpoint.open(issued.note(), key.verifier());
            if (!checkpoint.origin().equals(properties.origin()) || checkpoint.size() != issued.size()) {
                return "Kontrollpunkten vid " + issued.size() + " löv är inte den som signerades";
            }
            if (!checkpoint.root().equals(root)) {
                return "Händelselagret ger en annan rot vid " + issued.size() + " löv än kontrollpunkten "
                        + issued.issuedAt() + " (" + issued.reason() + ")";
            }
            return null;
        } catch (NoteFailure e) {
            return "Kontrollpunkten vid " + issued.size() + " löv har ingen giltig signatur: " + e.getMessage();
        }
    }

    /** A stored event below the log's reach that the log never took: inserted behind its back. */
    private String unlogged(long highestGlobal) {
        Instant settled = clock.instant().minus(Duration.ofMinutes(2)); // late commits still on their way
        return jdbc.query("SELECT e.eventidentifier, e.timestamp FROM public.domainevententry e"
                        + " WHERE e.globalindex < ? AND NOT EXISTS"
                        + " (SELECT 1 FROM proof.leaf l WHERE l.global_index = e.globalindex) ORDER BY e.globalindex",
                (rs, n) -> Instant.parse(rs.getString(2)).isBefore(settled) ? rs.getString(1) : null, highestGlobal)
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Result mismatch(long checked, Long leafIndex, String eventId, String reason) {
        return new Result(false, checked, new Mismatch(leafIndex, eventId, reason), clock.instant());
    }
}
