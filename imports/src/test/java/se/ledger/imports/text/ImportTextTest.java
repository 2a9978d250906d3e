package se.ledger.imports.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledger.imports.ImportFiles;
import se.ledger.imports.ImportFormat;
import se.ledger.imports.csv.SheetPlan;

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

    @Test
    void turnsWordsPageBreaksAndManualLineBreaksIntoNewlines() {
        assertThat(ImportText.requirePlainText("word.tsv", "a\fb\u000Bc\r\n")).isEqualTo("a\nb\nc\r\n");
        var rejected = catchThrowableOfType(() -> ImportText.requirePlainText("fel.tsv", "sida 1\fsida\u00072\n"),
                ImportRejected.class);
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).startsWith("tecken 5 på raden är ett otillåtet styrtecken (U+0007)");
        });
    }

    @Test
    void importsAPlanTableWithAPageBreakAndAManualLineBreakInACell() {
        String content = "UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\tJan\tFeb\tMar\tMARS\n"
                + "1\tTitel\t\" * Första effekten\u000B * Andra effekten\"\t * Aktivitet\tLD\t⇒\t⇒\t⇒\tKlart\n"
                + "\f2\tNästa\t * E\t * A\tLD\t\t\t\tText\n"
                + "\nSign\tNamn\tBefattning/funktion, Nämnd\nLD\tLotta Damberg\tSocialchef, SN\n";

        var parsed = ImportFiles.parse("word-2022.tsv", content.getBytes(StandardCharsets.UTF_8),
                ImportFormat.PLAN_TABLE, LocalDate.of(2022, 4, 1));

        assertThat(parsed.table().area(1).desiredEffects()).containsExactly("Första effekten", "Andra effekten");
        assertThat(parsed.table().area(2).title()).isEqualTo("Nästa");
    }

    @Test
    void importsASheetWithAFormFeedBetweenRowsAndAVerticalTabInAQuotedCell() {
        String content = "typ;id;titel;organisation;start;slut\r\n"
                + "PLAN;P1;\"Plan 2022\u000Breviderad\";KS;2022-01-01;2022-12-31\r\n\f"
                + "PLAN;P2;Andra;KS;2022-01-01;2022-12-31\r\n";

        var parsed = ImportFiles.parse("plan-2022.csv", content.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV,
                LocalDate.of(2022, 4, 1));

        assertThat(parsed.sheet().plans()).extracting(SheetPlan::title).containsExactly("Plan 2022\nreviderad", "Andra");
    }
}
