package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.ledger.standalone.cli.OfflineLedger;

/** The command line's parsing, without starting Spring: help, usage errors, and what reaches Spring. */
class LedgerCommandLineTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = LedgerCommandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void startsTheServerWithoutACommandAndLeavesItsArgumentsToSpring() {
        assertThat(LedgerCommandLine.startsServer(new String[0])).isTrue();
        // README's run commands: Spring's --name=value, whatever follows, the array main hands on as it is
        assertThat(LedgerCommandLine.startsServer(new String[] {"--ledger.data-dir=/srv/ledger", "--server.port=8081",
                "--x=y"})).isTrue();
        assertThat(LedgerCommandLine.startsServer(new String[] {"--spring.profiles.active=it", "verify", "a.zip"}))
                .isTrue();
        assertThat(LedgerCommandLine.startsServer(new String[] {"--debug"})).isTrue();

        assertThat(LedgerCommandLine.startsServer(new String[] {"--help"})).isFalse();
        assertThat(LedgerCommandLine.startsServer(new String[] {"-h"})).isFalse();
        assertThat(LedgerCommandLine.startsServer(new String[] {"import", "plan.tsv"})).isFalse();
        assertThat(LedgerCommandLine.startsServer(new String[] {"verfy", "a.zip"})).isFalse();
    }

    @Test
    void listsEveryCommandInSwedishOnTheTopLevelsHelp() {
        var help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Användning: java -jar ledger.jar [--namn=värde …]")
                .contains("Utan kommando startar liggaren som server", "Kommandon:", "verify", "import",
                        "export-proof", "export-all", "restore", "KOMMANDO --help");
    }

    @ParameterizedTest
    @CsvSource({"verify, Kontrollerar ett bevispaket", "import, Importerar en fil", "export-proof, Skriver en plans",
            "export-all, Skriver en fullständig säkerhetskopia", "restore, Återställer en säkerhetskopia"})
    void explainsEachCommandInSwedish(String command, String description) {
        for (String flag : List.of("--help", "-h")) {
            var help = run(command, flag);

            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).startsWith("Användning: java -jar ledger.jar " + command).contains(description,
                    "Argument:", "Flaggor:", "Visar den här hjälpen.");
        }
        assertThat(run("import", "--help").out()).contains("--organisation=NAMN", "--dry-run", "FIL",
                "--ledger.data-dir=KATALOG");
    }

    @Test
    void refusesAnUnknownCommandOrNoneAtAll() {
        var typo = run("verfy", "a.zip");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).startsWith("Okänt kommando: 'verfy', 'a.zip'.\nAnvändning: java -jar ledger.jar");

        var none = run();
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).startsWith("Ange ett kommando.");
    }

    @Test
    void refusesAVerifyWithoutABundleOrWithAStrayWord() {
        var noBundle = run("verify", "--key", "nyckel");
        assertThat(noBundle.exitCode()).isEqualTo(1);
        assertThat(noBundle.err()).startsWith("Ange bevispaketet som ska kontrolleras.\nAnvändning: java -jar "
                + "ledger.jar verify").contains("Mer hjälp: java -jar ledger.jar verify --help");

        var noKey = run("verify", "a.zip", "--key");
        assertThat(noKey.exitCode()).isEqualTo(1);
        assertThat(noKey.err()).startsWith("Ange --key VERIFIERINGSNYCKEL.");

        var stray = run("verify", "a.zip", "b.zip");
        assertThat(stray.exitCode()).isEqualTo(1);
        assertThat(stray.err()).startsWith("Okänt argument: 'b.zip'.");
    }

    @Test
    void refusesAnImportWithoutAFileOrWithAnUnknownFormat() {
        var noFile = run("import", "--ledger.data-dir=/tmp/x");
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err()).startsWith("Ange filen som ska importeras.\nAnvändning: java -jar ledger.jar import");

        var format = run("import", "plan.tsv", "--format=docx");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).startsWith("Okänt format 'docx': ange plan-table, csv eller xlsx.");

        var two = run("import", "plan.tsv", "andra.tsv");
        assertThat(two.exitCode()).isEqualTo(1);
        assertThat(two.err()).startsWith("Okänt argument: 'andra.tsv'.");
    }

    @Test
    void refusesAProofExportWithoutAReportOrATimeOrWithBoth() {
        var neither = run("export-proof", "plan-1", "paket.zip");
        assertThat(neither.exitCode()).isEqualTo(1);
        assertThat(neither.err()).startsWith("Ange (--report=RAPPORT | [[--asOf=TIDPUNKT] [--validAt=DATUM]]).");

        var both = run("export-proof", "plan-1", "paket.zip", "--report", "aug", "--validAt", "2022-08-31");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).startsWith("Ange bara ett av");

        var time = run("export-proof", "plan-1", "paket.zip", "--asOf", "i går");
        assertThat(time.exitCode()).isEqualTo(1);
        assertThat(time.err()).startsWith("--asOf ska vara en tidpunkt som 2022-09-26T12:30:00Z: i går");

        var noFile = run("export-proof", "plan-1");
        assertThat(noFile.err()).startsWith("Ange filen som bevispaketet skrivs till.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export-all", "restore"})
    void refusesABackupCommandWithoutItsFile(String command) {
        var noFile = run(command, "--ledger.data-dir=/tmp/x");
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err()).startsWith("Ange säkerhetskopians fil.\nAnvändning: java -jar ledger.jar " + command);
        assertThat(run(command, "a.zip", "b.zip").err()).startsWith("Okänt argument: 'b.zip'.");
    }

    @Test
    void handsACommandsOtherArgumentsToSpringWithoutThePortAndTheSample() {
        var line = LedgerCommandLine.commandLine(LedgerStandalone.class, System.out, System.err);
        var parsed = line.parseArgs("import", "plan.tsv", "--ledger.data-dir=/srv/ledger", "--organisation=Vaggeryds "
                + "kommun", "--spring.profiles.active=it", "--server.port=8080", "--ledger.import-sample=true",
                "--ledger.kolada.schedule=0 0 6 * * MON").subcommand();
        var ledger = (OfflineLedger) parsed.commandSpec().mixins().get("ledger").userObject();

        assertThat(ledger.springArguments()).containsExactly("--spring.profiles.active=it",
                "--ledger.kolada.schedule=0 0 6 * * MON", "--ledger.data-dir=/srv/ledger", "--server.port=-1",
                "--ledger.import-sample=false");
    }
}
