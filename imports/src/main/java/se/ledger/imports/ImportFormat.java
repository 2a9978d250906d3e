package se.ledger.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;

/** The file formats the ledger imports (docs/import-formats.md): the plan spreadsheet as CSV or as a workbook. */
public enum ImportFormat {
    PLAN_TABLE("plan-table", "plantabell"),
    CSV("csv", "kalkylark (CSV)"),
    XLSX("xlsx", "kalkylark (Excel)");

    private final String parameter;
    private final String label;

    ImportFormat(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** As written in {@code ?format=} and {@code --format=}. */
    public String parameter() {
        return parameter;
    }

    /** What a user reads. */
    public String label() {
        return label;
    }

    public static Optional<ImportFormat> fromParameter(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.parameter.equals(key) || f.name().equalsIgnoreCase(key))
                .findFirst();
    }

    /**
     * Guesses from the first meaningful line: a word processor's plan table is tab-separated with the
     * UTVECKLINGSOMRÅDE header; our spreadsheet is ';'-separated with a typ column.
     */
    public static ImportFormat detect(String fileName, String text) {
        String content = ImportText.withoutBom(text);
        List<String> lines = content.lines().toList();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equalsIgnoreCase("sep=;")
                    || trimmed.replace(";", "").isEmpty()) {
                continue;
            }
            if (line.contains("\t") && trimmed.toUpperCase(Locale.ROOT).contains("UTVECKLINGSOMRÅDE")) {
                return PLAN_TABLE;
            }
            if (line.contains(";") && Arrays.stream(line.split(";", -1))
                    .map(cell -> cell.strip().replace("\"", "")).anyMatch(cell -> cell.equalsIgnoreCase("typ"))) {
                return CSV;
            }
            throw unknown(fileName, lineNumber);
        }
        throw new ImportRejected(fileName, List.of(new ImportProblem(1, null, "Filen är tom.")));
    }

    private static ImportRejected unknown(String fileName, int line) {
        return new ImportRejected(fileName, List.of(new ImportProblem(line, null,
                "Formatet känns inte igen: en plantabell är tabbseparerad med rubriken UTVECKLINGSOMRÅDE, ett "
                        + "kalkylark är en Excel-arbetsbok (.xlsx) eller semikolonseparerat med kolumnen typ. Ange "
                        + "format=plan-table, format=csv eller format=xlsx.")));
    }
}
