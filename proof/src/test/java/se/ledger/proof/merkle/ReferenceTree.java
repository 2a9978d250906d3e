package se.ledger.proof.merkle;

import java.util.ArrayList;
import java.util.List;

/** RFC 6962 §2.1 read literally, over a list of leaf hashes: the yardstick the stored-node code is held to. */
final class ReferenceTree {

    private ReferenceTree() {
    }

    static Hash mth(List<Hash> d) {
        if (d.isEmpty()) {
            return Rfc6962.EMPTY_ROOT;
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = largestPowerOfTwoBelow(d.size());
        return Rfc6962.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    static List<Hash> path(int m, List<Hash> d) {
        var out = new ArrayList<Hash>();
        if (d.size() == 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(d.size());
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(path(m - k, d.subList(k, d.size())));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    static List<Hash> proof(int m, List<Hash> d) {
        return subproof(m, d, true);
    }

    private static List<Hash> subproof(int m, List<Hash> d, boolean b) {
        var out = new ArrayList<Hash>();
        int n = d.size();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}
