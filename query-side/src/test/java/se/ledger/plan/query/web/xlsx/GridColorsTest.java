package se.ledger.plan.query.web.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityStatus;
import se.ledger.events.Prognosis;

/** The workbook's grid takes the page's colours from the page's stylesheet, for every state the grid shows. */
class GridColorsTest {

    @Test
    void everyStatusAndPrognosisHasALightAndACarriedColour() {
        Stream.concat(Stream.of(ActivityStatus.values()).map(s -> "s-" + s),
                Stream.of(Prognosis.values()).map(p -> "p-" + p)).forEach(state -> {
                    assertThat(GridColors.fill(state)).as(state).matches("#[0-9a-f]{6}");
                    assertThat(GridColors.carried(state)).as(state).matches("#[0-9a-f]{6}");
                });
    }

    @Test
    void theColoursAreThePagesOnScreen() {
        assertThat(GridColors.fill("s-DEVIATING")).isEqualTo("#ffe89a");
        assertThat(GridColors.fill("p-NOT_MET")).isEqualTo("#f7c6c1");
        // a custom property of :root, as the page's bar has it
        assertThat(GridColors.carried("s-DEVIATING")).isEqualTo("#b07d00");
        assertThat(GridColors.carried("p-MET")).isEqualTo("#2e7d32");
        assertThat(GridColors.mark("RISING")).isEqualTo("#1b5e20");
        assertThat(GridColors.mark("FALLING")).isEqualTo("#b71c1c");
        assertThat(GridColors.mark("AS_PLANNED")).isNull();
        // the screen's header, not the print rule's grey; the stripe of a month to come
        assertThat(GridColors.HEAD).isEqualTo("#17324f");
        assertThat(GridColors.GOAL_ROW).isEqualTo("#eef2f8");
        assertThat(GridColors.FUTURE).isEqualTo("#f3f4f6");
        assertThat(GridColors.fill(null)).isNull();
        assertThat(GridColors.fill("s-UNKNOWN")).isNull();
    }
}
