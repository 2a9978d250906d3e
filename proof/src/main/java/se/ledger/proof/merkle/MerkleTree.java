package se.ledger.proof.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of the log's first {@code n} leaves, as RFC 6962 §2.1 defines them (MTH, PATH,
 * PROOF), computed from the stored complete subtrees rather than from the leaves.
 */
public final class MerkleTree {

    private final Nodes nodes;

    public MerkleTree(Nodes nodes) {
        this.nodes = nodes;
    }

    public Hash root(long size) {
        requireWithin(size);
        return size == 0 ? Rfc6962.EMPTY_ROOT : hash(0, size);
    }

    /** The audit path of leaf {@code index} in the tree of {@code size} leaves, innermost first. */
    public List<Hash> inclusion(long index, long size) {
        requireWithin(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        var path = new ArrayList<Hash>();
        path(index, 0, size, path);
        return path;
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves. */
    public List<Hash> consistency(long from, long to) {
        requireWithin(to);
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("a consistency proof goes from a size of 1 to " + to + ", not " + from);
        }
        var proof = new ArrayList<Hash>();
        if (from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    private void path(long index, long lo, long hi, List<Hash> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = Rfc6962.split(hi - lo);
        if (index < lo + k) {
            path(index, lo, lo + k, out);
            out.add(hash(lo + k, hi));
        } else {
            path(index, lo + k, hi, out);
            out.add(hash(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean whole, List<Hash> out) {
        long n = hi - lo;
        if (m == n) {
            if (!whole) {
                out.add(hash(lo, hi));
            }
            return;
        }
        long k = Rfc6962.split(n);
        if (m <= k) {
            subproof(m, lo, lo + k, whole, out);
            out.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(hash(lo, lo + k));
        }
    }

    /** MTH of the leaves {@code [lo, hi)}: a stored node where the range is an aligned power of two. */
    private Hash hash(long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), lo / n);
        }
        long k = Rfc6962.split(n);
        return Rfc6962.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
    }

    private void requireWithin(long size) {
        if (size < 0 || size > nodes.size()) {
            throw new IllegalArgumentException("the log has " + nodes.size() + " leaves, not " + size);
        }
    }
}
