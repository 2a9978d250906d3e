package se.ledger.proof.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roots and proofs from stored nodes, against RFC 6962's reference vectors and its definitions read literally. */
class MerkleTreeTest {

    // transparency-dev/merkle testonly/constants.go: LeafInputs() and RootHashes() (sizes 0 to 8)
    private static final String[] LEAF_INPUTS = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void canComputeTheReferenceRootsOfTreesOfZeroToEightLeaves() {
        var nodes = new MemoryNodes();
        var tree = new MerkleTree(nodes);
        assertThat(tree.root(0).hex()).isEqualTo(ROOTS[0]);
        for (int i = 0; i < LEAF_INPUTS.length; i++) {
            nodes.append(Rfc6962.leafHash(HexFormat.of().parseHex(LEAF_INPUTS[i])));
            for (int size = 0; size <= i + 1; size++) {
                assertThat(tree.root(size).hex()).as("size %d", size).isEqualTo(ROOTS[size]);
            }
        }
    }

    @Test
    void canProveEveryLeafAndEveryPrefixOfTreesOfOneToAThousandLeaves() {
        var nodes = new MemoryNodes();
        var tree = new MerkleTree(nodes);
        var leaves = new ArrayList<Hash>();
        for (int size = 1; size <= 1000; size++) {
            var leaf = Rfc6962.leafHash(("leaf " + size).getBytes(StandardCharsets.UTF_8));
            nodes.append(leaf);
            leaves.add(leaf);
            var root = tree.root(size);
            boolean literal = size <= 70 || size % 97 == 0 || Long.bitCount(size) == 1;
            if (literal) {
                assertThat(root).as("root of %d", size).isEqualTo(ReferenceTree.mth(leaves));
            }
            int stride = size <= 70 ? 1 : 37;
            for (int m = 0; m < size; m += stride) {
                var path = tree.inclusion(m, size);
                if (literal) {
                    assertThat(path).as("path %d in %d", m, size).isEqualTo(ReferenceTree.path(m, leaves));
                }
                ProofCheck.inclusion(m, size, leaves.get(m), path, root);
                var proof = tree.consistency(m + 1, size);
                if (literal && m + 1 < size) {
                    assertThat(proof).as("proof %d → %d", m + 1, size).isEqualTo(ReferenceTree.proof(m + 1, leaves));
                }
                ProofCheck.consistency(m + 1, size, tree.root(m + 1), root, proof);
            }
        }
    }

    @Test
    void cannotProveALeafWithAnotherLeafsPathOrAnOldRoot() {
        var nodes = new MemoryNodes();
        var tree = new MerkleTree(nodes);
        for (int i = 0; i < 13; i++) {
            nodes.append(Rfc6962.leafHash(new byte[] {(byte) i}));
        }
        var leaf5 = Rfc6962.leafHash(new byte[] {5});
        assertThatThrownBy(() -> ProofCheck.inclusion(5, 13, leaf5, tree.inclusion(6, 13), tree.root(13)))
                .isInstanceOf(ProofFailure.class);
        assertThatThrownBy(() -> ProofCheck.inclusion(5, 13, leaf5, tree.inclusion(5, 13), tree.root(12)))
                .isInstanceOf(ProofFailure.class);
        assertThatThrownBy(() -> ProofCheck.consistency(7, 13, tree.root(6), tree.root(13), tree.consistency(7, 13)))
                .isInstanceOf(ProofFailure.class);
    }

    @Test
    void cannotAskForProofsBeyondTheLog() {
        var nodes = new MemoryNodes();
        nodes.append(Rfc6962.leafHash(new byte[0]));
        var tree = new MerkleTree(nodes);
        assertThatThrownBy(() -> tree.root(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusion(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistency(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tree.consistency(1, 1)).isEqualTo(List.of());
    }
}
