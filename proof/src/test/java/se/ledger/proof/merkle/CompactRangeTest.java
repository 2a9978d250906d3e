package se.ledger.proof.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

    @Test
    void canFollowTheRootOfEveryPrefix() {
        var range = new CompactRange();
        var leaves = new ArrayList<Hash>();
        assertThat(range.root()).isEqualTo(Rfc6962.EMPTY_ROOT);
        for (int i = 0; i < 300; i++) {
            var leaf = Rfc6962.leafHash(new byte[] {(byte) i, (byte) (i >> 8)});
            range.append(leaf);
            leaves.add(leaf);
            assertThat(range.root()).as("size %d", i + 1).isEqualTo(ReferenceTree.mth(leaves));
        }
    }
}
