package se.ledger.proof.merkle;

import java.util.List;

/**
 * Checks inclusion and consistency proofs as RFC 9162 §2.1.3.2 and §2.1.4.2 describe, with no access
 * to the log: what an auditor runs on what the ledger handed out.
 */
public final class ProofCheck {

    private ProofCheck() {
    }

    public static void inclusion(long index, long size, Hash leafHash, List<Hash> path, Hash root) {
        if (index < 0 || index >= size) {
            throw new ProofFailure("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        long fn = index;
        long sn = size - 1;
        Hash r = leafHash;
        for (Hash p : path) {
            if (sn == 0) {
                throw new ProofFailure("the audit path is longer than a tree of " + size + " leaves allows");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofFailure("the audit path is shorter than a tree of " + size + " leaves needs");
        }
        if (!r.equals(root)) {
            throw new ProofFailure("the audit path leads to " + r + ", not to the root " + root);
        }
    }

    public static void consistency(long from, long to, Hash fromRoot, Hash toRoot, List<Hash> proof) {
        if (from < 1 || from > to) {
            throw new ProofFailure("a consistency proof goes from a size of 1 to " + to + ", not " + from);
        }
        if (from == to) {
            if (!proof.isEmpty()) {
                throw new ProofFailure("equal sizes need an empty proof");
            }
            if (!fromRoot.equals(toRoot)) {
                throw new ProofFailure("one size, two roots: " + fromRoot + " and " + toRoot);
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new ProofFailure("an empty proof proves nothing between " + from + " and " + to);
        }
        var path = new java.util.ArrayList<Hash>();
        if (Long.bitCount(from) == 1) {
            path.add(fromRoot);
        }
        path.addAll(proof);
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofFailure("the consistency proof is longer than " + from + " → " + to + " allows");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofFailure("the consistency proof is shorter than " + from + " → " + to + " needs");
        }
        if (!fr.equals(fromRoot)) {
            throw new ProofFailure("the proof leads to " + fr + " for size " + from + ", not to " + fromRoot);
        }
        if (!sr.equals(toRoot)) {
            throw new ProofFailure("the proof leads to " + sr + " for size " + to + ", not to " + toRoot);
        }
    }
}
