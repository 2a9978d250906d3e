package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.ledger.imports.text.ImportRejected;

class ImportFormatTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ImportFormatTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void detectsTheShippedFiles() throws IOException {
        assertThat(ImportFormat.detect("a", resource("vaggeryd-verksamhetsplan-2022-augusti.tsv")))
                .isEqualTo(ImportFormat.PLAN_TABLE);
        assertThat(ImportFormat.detect("b", resource("exempel-verksamhetsplan.csv"))).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.detect("c", resource("mall-verksamhetsplan.csv"))).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void detectsASpreadsheetAfterExcelsHintAndComments() {
        assertThat(ImportFormat.detect("x.csv", "sep=;\n;;;\n# kommentar\n\"Typ\";id\nPLAN;P1\n"))
                .isEqualTo(ImportFormat.CSV);
    }

    @Test
    void refusesWhatItCannotRecogniseNamingTheLine() {
        var commaSeparated = catchThrowableOfType(() -> ImportFormat.detect("x.csv", "\n\ntyp,id,titel\n"),
                ImportRejected.class);
        assertThat(commaSeparated.problems()).hasSize(1);
        assertThat(commaSeparated.problems().get(0).line()).isEqualTo(3);
        assertThat(commaSeparated.problems().get(0).reason())
                .contains("format=plan-table, format=csv eller format=xlsx");
        var empty = catchThrowableOfType(() -> ImportFormat.detect("x.csv", "\uFEFF\n  \n"), ImportRejected.class);
        assertThat(empty.problems().get(0).reason()).isEqualTo("Filen är tom.");
    }

    @Test
    void readsTheFormatParameter() {
        assertThat(ImportFormat.fromParameter("plan-table")).contains(ImportFormat.PLAN_TABLE);
        assertThat(ImportFormat.fromParameter(" CSV ")).contains(ImportFormat.CSV);
        assertThat(ImportFormat.fromParameter("xlsx")).contains(ImportFormat.XLSX);
        assertThat(ImportFormat.fromParameter("xls")).isEmpty();
    }
}
