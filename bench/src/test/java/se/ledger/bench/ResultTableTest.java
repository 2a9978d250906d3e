package se.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.of(List.of(3.0, 1.0, 2.0))).isEqualTo(new Stats(1, 2, 3));
        assertThat(Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
        assertThatThrownBy(() -> Stats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableShowsRatioOfMediansTheTargetAndByHowMuchItIsMissed() {
        var table = new ResultTable();
        table.add("REST 1 client vs L1", "ev/s", new Stats(100, 115, 120), new Stats(1500, 1684, 1700),
                Target.ratioAtLeast(0.35));
        table.add("read-your-write p50", "ms", new Stats(12, 20, 30), null, Target.atMost(30));
        table.add("COPY", null, new Stats(90000, 100000, 110000));
        table.notMeasured("xlsx import", "not built yet");

        assertThat(table.markdown()).isEqualTo("""
                | what | unit | ledger median (min) | ceiling median (min) | ratio | target | holds |
                | --- | --- | ---: | ---: | ---: | --- | --- |
                | REST 1 client vs L1 | ev/s | 115 (100) | 1684 (1500) | 0.068 | ratio ≥ 0.350 | **no**, 5.1× short |
                | read-your-write p50 | ms | 20.0 (12.0) | — | — | ≤ 30 ms | yes |
                | COPY | ev/s | — | 100000 (90000) | — | — | — |
                | xlsx import | | not measured: not built yet | | | | |
                """);
    }
}
