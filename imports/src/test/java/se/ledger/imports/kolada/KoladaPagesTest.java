package se.ledger.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Kolada's next_page is followed below the configured base, never to another host. */
class KoladaPagesTest {

    @Test
    void theFirstPageAsksForTheKpiOfTheMunicipality() {
        assertThat(KoladaPages.first("https://api.kolada.se/v3", "N00945", "0665", 5000))
                .isEqualTo("https://api.kolada.se/v3/data/kpi/N00945/municipality/0665?per_page=5000");
    }

    @Test
    void theNextPageIsAskedOfTheConfiguredBase() {
        assertThat(KoladaPages.next("http://localhost:8089/v3",
                "https://api.kolada.se/v3/data/kpi/N00945/municipality/0665?page=2&per_page=2"))
                .contains("http://localhost:8089/v3/data/kpi/N00945/municipality/0665?page=2&per_page=2");
        assertThat(KoladaPages.next("https://api.kolada.se/v3", "/v3/data/kpi/N00945/municipality/0665?page=3"))
                .contains("https://api.kolada.se/v3/data/kpi/N00945/municipality/0665?page=3");
    }

    @Test
    void aNextPageOutsideTheBasePathIsNotFollowed() {
        assertThat(KoladaPages.next("https://api.kolada.se/v3", "https://elsewhere.example/steal?page=2")).isEmpty();
        assertThat(KoladaPages.next("https://api.kolada.se/v3", "https://api.kolada.se/v2/data?page=2")).isEmpty();
        assertThat(KoladaPages.next("https://api.kolada.se/v3", "not a uri at all")).isEmpty();
    }
}
