package se.ledger.proof.merkle;

/**
 * The root of a growing log in O(log n) memory: the right edge of complete subtrees, folded on
 * demand. An auditor streams a million leaves through it and compares roots with checkpoints.
 */
public final class CompactRange {

    private final Hash[] edge = new Hash[64];
    private long size;

    public void append(Hash leafHash) {
        Hash hash = leafHash;
        long index = size;
        int level = 0;
        while ((index & 1) == 1) {
            hash = Rfc6962.nodeHash(edge[level], hash);
            index >>= 1;
            level++;
        }
        edge[level] = hash;
        size++;
    }

    public long size() {
        return size;
    }

    /** RFC 6962's MTH of the leaves appended so far. */
    public Hash root() {
        if (size == 0) {
            return Rfc6962.EMPTY_ROOT;
        }
        Hash root = null;
        for (int level = 0; level < 64; level++) {
            if (((size >> level) & 1) == 1) {
                root = root == null ? edge[level] : Rfc6962.nodeHash(edge[level], root);
            }
        }
        return root;
    }
}
