package se.ledger.standalone.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import se.ledger.imports.ImportFormat;

/**
 * {@code import FILE [--organisation=…] [--year=…] [--format=plan-table|csv|xlsx] [--plan=…] [--dry-run]}, read by
 * picocli; every other {@code --name=value} is Spring's (such as {@code --ledger.data-dir}). Values are
 * checked here, so a clerk reads what is wrong in Swedish rather than picocli's English.
 */
record ImportArguments(Path file, String organisation, Integer year, ImportFormat format, String plan,
        boolean dryRun, List<String> springArguments) {

    static final String USAGE = "Användning: java -jar ledger.jar import FIL [--organisation=NAMN] [--year=ÅR] "
            + "[--format=plan-table|csv|xlsx] [--plan=PLAN-ID] [--dry-run] [--ledger.data-dir=KATALOG]";

    /** Thrown for arguments that cannot be understood; the message is for the user. */
    static class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    @Command(name = "import")
    static final class Words {
        @Parameters(arity = "0..*")
        List<Path> files = new ArrayList<>();
        @Option(names = "--organisation")
        String organisation;
        @Option(names = "--year")
        String year;
        @Option(names = "--format")
        String format;
        @Option(names = "--plan")
        String plan;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Unmatched
        List<String> spring = new ArrayList<>();
    }

    static ImportArguments parse(String[] args) {
        var words = new Words();
        try {
            new CommandLine(words).setUnmatchedOptionsArePositionalParams(false).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new Invalid("Argumenten kan inte läsas: " + e.getMessage());
        }
        if (words.files.isEmpty()) {
            throw new Invalid("Ange filen som ska importeras.");
        }
        if (words.files.size() > 1) {
            throw new Invalid("En fil i taget: '" + words.files.get(1) + "' är en fil till.");
        }
        ImportFormat format = words.format == null ? null : ImportFormat.fromParameter(words.format)
                .orElseThrow(() -> new Invalid("Okänt format '" + words.format
                        + "': ange plan-table, csv eller xlsx."));
        String plan = words.plan == null || words.plan.isBlank() ? null : words.plan.strip();
        return new ImportArguments(words.files.get(0), words.organisation, year(words.year), format, plan,
                words.dryRun, List.copyOf(words.spring));
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("Året ska vara ett tal som 2022, inte '" + text + "'.");
        }
    }
}
