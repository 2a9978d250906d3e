package se.ledger.proof.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only log held in memory: each appended leaf completes at most one subtree per level.
 * The offline verifier and the tests use it; the ledger keeps the same nodes in PostgreSQL.
 */
public final class MemoryNodes implements Nodes {

    private final List<List<Hash>> levels = new ArrayList<>();

    /** Appends a leaf hash and returns the complete subtrees it closed, lowest first (the leaf itself first). */
    public List<Completed> append(Hash leafHash) {
        var completed = new ArrayList<Completed>();
        Hash current = leafHash;
        int level = 0;
        while (true) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            var row = levels.get(level);
            row.add(current);
            completed.add(new Completed(level, row.size() - 1, current));
            if (row.size() % 2 == 1) {
                return completed;
            }
            current = Rfc6962.nodeHash(row.get(row.size() - 2), current);
            level++;
        }
    }

    @Override
    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    @Override
    public Hash node(int level, long index) {
        return levels.get(level).get(Math.toIntExact(index));
    }

    /** A complete subtree's hash, as the ledger stores it. */
    public record Completed(int level, long index, Hash hash) {
    }
}
