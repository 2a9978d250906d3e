package se.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.InvalidInput;

class PeriodTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2022, 1, 1);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2022, 12, 31);

    @Test
    void aPeriodMayEndTheDayItStartsOrLater() {
        assertThat(Period.problem(NEW_YEAR, NEW_YEAR)).isEmpty();
        assertThat(Period.problem(NEW_YEAR, NEW_YEARS_EVE)).isEmpty();
    }

    @Test
    void eitherEndMayBeOpen() {
        assertThat(Period.problem(null, NEW_YEAR)).isEmpty();
        assertThat(Period.problem(NEW_YEAR, null)).isEmpty();
        assertThat(Period.problem(null, null)).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInTheUsersWords() {
        assertThat(Period.problem(NEW_YEARS_EVE, NEW_YEAR))
                .contains("slutdatumet 2022-01-01 ligger före startdatumet 2022-12-31");
        assertThatThrownBy(() -> Period.check("periodEnd", NEW_YEARS_EVE, NEW_YEAR))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("periodEnd", "slutdatumet 2022-01-01 ligger före startdatumet 2022-12-31")));
    }
}
