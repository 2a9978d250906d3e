package se.ledger.command;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ledger.platform.InvalidInput;

class CorrectionReasonTest {

    @Test
    void aCorrectionWithAReasonPasses() {
        assertThatCode(() -> CorrectionReason.check("fel datum")).doesNotThrowAnyException();
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedOnTheReasonField() {
        for (String none : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> CorrectionReason.check(none))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("reason")
                    .hasMessageContaining("en rättelse måste ange skäl");
        }
    }
}
