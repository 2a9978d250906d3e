package se.ledger.standalone.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.ledger.imports.ImportFormat;

/**
 * {@code import FILE [--organisation=…] [--year=…] [--format=plan-table|csv] [--dry-run]}; every other
 * {@code --name=value} is Spring's (such as {@code --ledger.data-dir}).
 */
record ImportArguments(Path file, String organisation, Integer year, ImportFormat format, boolean dryRun,
        List<String> springArguments) {

    static final String USAGE = "Användning: java -jar ledger.jar import FIL [--organisation=NAMN] [--year=ÅR] "
            + "[--format=plan-table|csv] [--dry-run] [--ledger.data-dir=KATALOG]";

    /** Thrown for arguments that cannot be understood; the message is for the user. */
    static class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static ImportArguments parse(String[] args) {
        Path file = null;
        String organisation = null;
        Integer year = null;
        ImportFormat format = null;
        boolean dryRun = false;
        var spring = new ArrayList<String>();
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("--organisation=")) {
                organisation = value(arg);
            } else if (arg.startsWith("--year=")) {
                year = year(value(arg));
            } else if (arg.startsWith("--format=")) {
                String name = value(arg);
                format = ImportFormat.fromParameter(name)
                        .orElseThrow(() -> new Invalid("Okänt format '" + name + "': ange plan-table eller csv."));
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new Invalid("En fil i taget: '" + arg + "' är en fil till.");
            }
        }
        if (file == null) {
            throw new Invalid("Ange filen som ska importeras.");
        }
        return new ImportArguments(file, organisation, year, format, dryRun, List.copyOf(spring));
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("Året ska vara ett tal som 2022, inte '" + text + "'.");
        }
    }
}
