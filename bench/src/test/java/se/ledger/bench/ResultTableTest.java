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
    void tableShowsRatioOfMediansAndDashesForMissingSides() {
        var table = new ResultTable();
        table.add("REST 1 client", new Stats(100, 115, 120), new Stats(1500, 1684, 1700));
        table.add("COPY", null, new Stats(90000, 100000, 110000));

        assertThat(table.markdown()).isEqualTo("""
                | what | ledger ev/s | ceiling ev/s | ratio | min/median ledger; ceiling |
                | --- | ---: | ---: | ---: | --- |
                | REST 1 client | 115 | 1684 | 0.068 | 100 / 115; 1500 / 1684 |
                | COPY | — | 100000 | — | —; 90000 / 100000 |
                """);
    }
}
