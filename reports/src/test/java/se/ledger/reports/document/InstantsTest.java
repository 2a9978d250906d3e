package se.ledger.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InstantsTest {

    private static final Instant ISSUED = Instant.parse("2022-09-14T08:30:00Z");

    @Test
    void canPrintAnInstantInTheLedgersZone() {
        assertThat(Instants.local(ISSUED, ZoneId.of("Europe/Stockholm"))).isEqualTo("2022-09-14 10:30");
        assertThat(Instants.local(ISSUED, ZoneId.of("Europe/Helsinki"))).isEqualTo("2022-09-14 11:30");
    }

    @Test
    void canPrintNoInstantAsNothing() {
        assertThat(Instants.local(null, ZoneId.of("UTC"))).isEmpty();
    }
}
