package se.ledger.proof.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.events.PlanLevel;
import se.ledger.plan.query.PlanViews.PlanView;

class SealedDigestTest {

    private static final PlanView PLAN = new PlanView("p", "Plan", "Kommun", LocalDate.parse("2022-01-01"),
            LocalDate.parse("2022-12-31"), Instant.parse("2022-09-01T00:00:00Z"), LocalDate.parse("2022-08-31"), null,
            List.of(), PlanLevel.BOARD, null, null);

    @Test
    void canSealInTheCurrentFormNamingIt() {
        assertThat(SealedDigest.of(PLAN)).startsWith("plan-state/2:sha256:");
        assertThat(SealedDigest.formOf(SealedDigest.of(PLAN))).isEqualTo(2);
    }

    @Test
    void canCheckADigestSealedBeforeFormsWereNumberedInTheFirstForm() {
        String first = SealedDigest.of(PLAN, 1);
        assertThat(first).startsWith("sha256:");
        assertThat(SealedDigest.formOf(first)).isEqualTo(1);
        assertThat(SealedDigest.like(first, PLAN)).isEqualTo(first);
        assertThat(SealedDigest.like(SealedDigest.of(PLAN), PLAN)).isEqualTo(SealedDigest.of(PLAN));
    }

    @Test
    void cannotCheckAFormThisLedgerDoesNotKnow() {
        assertThatThrownBy(() -> SealedDigest.like("plan-state/9:sha256:x", PLAN))
                .hasMessageContaining("form 9 är okänd");
        assertThatThrownBy(() -> SealedDigest.like("plan-state/x:sha256:x", PLAN))
                .hasMessageContaining("anger ingen känd form");
    }
}
