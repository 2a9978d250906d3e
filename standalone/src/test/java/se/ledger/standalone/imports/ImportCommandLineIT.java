package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledger.standalone.LedgerCommandLine;

/**
 * {@code java -jar ledger.jar import FILE …}, run in-process on a data directory of its own
 * ({@code LedgerStandalone.main} hands the arguments to {@link LedgerCommandLine}, which runs
 * {@link ImportCommandLine}).
 */
class ImportCommandLineIT {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var all = new String[args.length + 3];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--ledger.data-dir=" + dataDir;
        all[args.length + 2] = "--ledger.durable=false";
        int code = LedgerCommandLine.execute(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    @Test
    void importsTheSampleIntoTheDataDirectoryOnceAndSaysSoInSwedish() throws IOException {
        String sample = file(ImportTestBase.SAMPLE, ImportTestBase.resource(ImportTestBase.SAMPLE)).toString();

        var imported = run(sample, "--organisation=Vaggeryds kommun", "--year=2022");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Importerade " + ImportTestBase.SAMPLE + "\n")
                .contains("planer:           1 (vaggeryds-kommun-2022)", "mål:              13",
                        "aktiviteter:      68", "månadsrapporter:  63", "kommentarer:      13",
                        "händelser:        158", "av:               import:" + ImportTestBase.SAMPLE);

        // a second process on the same data directory finds it: the same file again creates nothing
        var again = run(sample, "--organisation=Vaggeryds kommun", "--dry-run");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Samma innehåll importerades redan").contains("händelser:        158");

        // the September follow-up onto the plan the August table made: its news, area by area
        String september = file("vaggeryd-verksamhetsplan-2022-september.tsv",
                ImportTestBase.resource("vaggeryd-verksamhetsplan-2022-september.tsv")).toString();
        var followUp = run(september, "--plan=vaggeryds-kommun-2022");
        assertThat(followUp.exitCode()).as(followUp.err()).isZero();
        assertThat(followUp.out()).contains("månadsrapporter:  17", "kommentarer:      12", "händelser:        29",
                "Tillagt:", "rad 5 Lokalförsörjning: 2022-09 ↓; 1 uppföljningstext");
    }

    @Test
    void printsEveryProblemOfABadFileAndExitsWithOneWithoutStartingTheLedger() throws IOException {
        String bad = file("fel.csv", (Sheets.plan("cli", "tolv", "31/8"))
                .getBytes(StandardCharsets.UTF_8)).toString();

        var run = run(bad);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("fel.csv kunde inte tolkas, 2 fel; inget har lagrats:")
                .contains("  rad 5, kolumn ingångsvärde: ", "  rad 8, kolumn datum: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesArgumentsItCannotUseBeforeStartingTheLedger() {
        var noFile = run();
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err()).startsWith("Ange filen som ska importeras.").contains("Användning:");

        var missing = run(files.resolve("finns-inte.tsv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Filen kan inte läsas:");

        var badYear = run("plan.tsv", "--year=tjugotjugotvå");
        assertThat(badYear.exitCode()).isEqualTo(1);
        assertThat(badYear.err()).startsWith("Året ska vara ett tal");
    }
}
