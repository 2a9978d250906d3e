package se.ledger.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Unconfigured, the import asks Kolada's own v3 API and runs on demand only. */
class KoladaPropertiesTest {

    @Test
    void theDefaultsAreKoladasApiAndNoSchedule() {
        var defaults = new KoladaProperties(null, null, null, null, null, null);
        assertThat(defaults.baseUrl()).isEqualTo(URI.create("https://api.kolada.se/v3"));
        assertThat(defaults.schedule()).isEqualTo("-");
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTrailingSlashOfTheBaseMakesNoDifference() {
        var mirror = new KoladaProperties(URI.create("http://mirror.example/kolada/v3/"), null, null, null, null, null);
        assertThat(mirror.base()).isEqualTo("http://mirror.example/kolada/v3");
    }

    @Test
    void pagesArePositive() {
        assertThatThrownBy(() -> new KoladaProperties(null, null, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
