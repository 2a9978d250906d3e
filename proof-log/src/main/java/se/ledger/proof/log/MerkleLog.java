package se.ledger.proof.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ledger.proof.leaf.TextCommitment;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.MerkleTree;
import se.ledger.proof.merkle.Rfc6962;

/** Appends events as leaves, in the order given, and answers roots and proofs of the log. */
@Component
public class MerkleLog {

    /** An appended leaf: where it went and which event it commits to. */
    public record Appended(long leafIndex, StoredEvent event) {
    }

    private final LogTables tables;
    private final EventRows rows;
    private final TextSalts salts;

    MerkleLog(LogTables tables, EventRows rows, TextSalts salts) {
        this.tables = tables;
        this.rows = rows;
        this.salts = salts;
    }

    /** Runs inside the caller's transaction (the processor's batch with its token, or a restore). */
    @Transactional
    public List<Appended> append(List<String> eventIds) {
        var byId = rows.byEventIds(eventIds).stream()
                .collect(Collectors.toMap(StoredEvent::eventId, Function.identity()));
        // a batch handed over again (a reset token) must not append its events twice
        var already = tables.present(byId.values().stream().map(StoredEvent::globalIndex).toList());
        var existing = salts.commitments(byId.values());
        long size = tables.size();
        Hash[] frontier = tables.frontier(size);
        var leaves = new ArrayList<LogTables.LeafRow>();
        var nodes = new ArrayList<LogTables.NodeRow>();
        var newSalts = new ArrayList<TextSalts.Salt>();
        var appended = new ArrayList<Appended>();
        for (String id : eventIds) {
            var event = byId.get(id);
            if (event == null) {
                throw new IllegalStateException("event " + id + " was handed to the log but is not in the store");
            }
            if (!already.add(event.globalIndex())) {
                continue;
            }
            var commitments = new HashMap<String, TextCommitment>();
            newSalts.addAll(salts.draw(event, existing.getOrDefault(event.globalIndex(), Map.of()), commitments));
            Hash hash = event.leaf(commitments).leafHash();
            leaves.add(new LogTables.LeafRow(size, event.globalIndex(), event.eventId(), hash));
            appended.add(new Appended(size, event));
            long index = size;
            int level = 0;
            while ((index & 1) == 1) {
                hash = Rfc6962.nodeHash(frontier[level], hash);
                index >>= 1;
                level++;
                nodes.add(new LogTables.NodeRow(level, index, hash));
            }
            frontier[level] = hash;
            size++;
        }
        tables.insert(leaves, nodes);
        salts.insert(newSalts);
        return appended;
    }

    public long size() {
        return tables.size();
    }

    /** Proofs over committed nodes, cached. */
    public MerkleTree tree() {
        return new MerkleTree(tables);
    }

    MerkleTree uncachedTree() {
        return new MerkleTree(tables.uncached());
    }
}
