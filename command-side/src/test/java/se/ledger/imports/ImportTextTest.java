package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ImportTextTest {

    @Test
    void takesTheYearFromTheFileName() {
        assertThat(ImportText.yearIn("vaggeryd-verksamhetsplan-2022-augusti.tsv")).hasValue(2022);
        assertThat(ImportText.yearIn("VP2023.tsv")).hasValue(2023);
        assertThat(ImportText.yearIn("plan-20221.tsv")).isEmpty();
        assertThat(ImportText.yearIn("plan.tsv")).isEmpty();
    }

    @Test
    void refusesAWindows1252FileNamingTheLineOfTheFirstBadByte() {
        byte[] latin1 = "typ;id\nPLAN;P1\nMÅL;M1\n".getBytes(Charset.forName("windows-1252"));
        var rejected = catchThrowableOfType(() -> ImportText.decode("fel.csv", latin1), ImportRejected.class);
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("Filen är inte UTF-8 (byte 0xc5)");
        });
    }

    @Test
    void keepsUtf8AsWritten() {
        assertThat(ImportText.decode("ok.csv", "\uFEFFåäö".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("\uFEFFåäö");
    }

    @Test
    void refusesControlCharactersNamingLineAndPlace() {
        var rejected = catchThrowableOfType(() -> ImportText.requirePlainText("fel.csv", "typ;id\r\nPLAN;P\u00001\tx\n"),
                ImportRejected.class);
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).startsWith("tecken 7 på raden är ett otillåtet styrtecken (U+0000)");
        });
        ImportText.requirePlainText("ok.csv", "typ;id\r\n\tå\uD83D\uDE00\n");
    }
}
