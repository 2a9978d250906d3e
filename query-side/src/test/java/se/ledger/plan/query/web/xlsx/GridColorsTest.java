package se.ledger.plan.query.web.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityStatus;
import se.ledger.events.MonthMark;
import se.ledger.events.Prognosis;

/** The workbook's grid has the page's colours (its stylesheet as a screen shows it), for every state the grid shows. */
class GridColorsTest {

    private final PageStylesheet page = new PageStylesheet();

    @Test
    void everyStatusAndPrognosisHasThePagesLightAndCarriedColour() {
        Stream.concat(Stream.of(ActivityStatus.values()).map(s -> "s-" + s),
                Stream.of(Prognosis.values()).map(p -> "p-" + p)).forEach(state -> {
                    assertThat(GridColors.fill(state)).as(state).matches("#[0-9a-f]{6}")
                            .isEqualTo(page.colour("table.month-grid tr td.m." + state, "background"));
                    assertThat(GridColors.carried(state)).as(state).matches("#[0-9a-f]{6}")
                            .isEqualTo(page.colour(".carried." + state, "background"));
                });
    }

    @Test
    void theMarksHeadAndRowsAreThePagesOnScreen() {
        for (MonthMark mark : MonthMark.values()) {
            assertThat(GridColors.mark(mark.name())).as(mark.name()).isEqualTo(page.colour(".mark-" + mark, "color"));
        }
        assertThat(GridColors.mark("RISING")).isEqualTo("#1b5e20");
        // the screen's header, not the print rule's grey; the stripe of a month to come
        assertThat(GridColors.HEAD).isEqualTo(page.colour("table.month-grid thead th", "background"))
                .isEqualTo("#17324f");
        assertThat(GridColors.GOAL_ROW).isEqualTo(page.colour("table.month-grid tr.goal-row td", "background"));
        assertThat(GridColors.FUTURE).isEqualTo(page.colour("table.month-grid td.m.future", "background"));
        assertThat(GridColors.fill(null)).isNull();
        assertThat(GridColors.fill("s-UNKNOWN")).isNull();
    }
}
