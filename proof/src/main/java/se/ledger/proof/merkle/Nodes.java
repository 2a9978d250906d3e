package se.ledger.proof.merkle;

/**
 * The stored hashes of complete subtrees: {@code node(level, index)} covers the leaves
 * {@code [index·2^level, (index+1)·2^level)}; level 0 are the leaf hashes. Every proof is built from
 * these alone, so a log of a million leaves answers in a few dozen lookups.
 */
public interface Nodes {

    /** The number of leaves stored. */
    long size();

    /** A complete subtree's hash; only asked for subtrees that lie within {@link #size()}. */
    Hash node(int level, long index);
}
