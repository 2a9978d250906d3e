package se.ledger.bench;

import java.nio.charset.StandardCharsets;

/**
 * A plan spreadsheet (docs/import-formats.md, section 2) of a few thousand rows: one plan, goals,
 * indicators with measurements, activities with a status each. Ids carry a run prefix, since ids
 * are unique across plans and every import must store new entities.
 */
final class ImportSheet {

    private static final String HEADER = "typ;id;titel;organisation;plan;överordnat mål;mål;nyckeltal;målområde;"
            + "inriktningsmål;önskade effekter;agenda 2030;enhet;ingångsvärde;ingångsdatum;målvärde;riktning;"
            + "målbeskrivning;måldatum;källa;ansvarig;ansvarig enhet;start;slut;status;statusdatum;förklaring;datum;"
            + "värde;kommentar";
    private static final int COLUMNS = 30;

    private ImportSheet() {
    }

    /** The sheet's bytes: 15 goals, 30 indicators with 4 measurements each, {@code activities} activities. */
    static byte[] of(String run, int activities) {
        var out = new StringBuilder(HEADER).append('\n');
        String plan = run + "-plan";
        out.append(row(0, "PLAN", 1, plan, 2, "Verksamhetsplan " + run, 3, "Importnämnden, Bänkby kommun",
                22, "2024-01-01", 23, "2027-12-31"));
        for (int g = 1; g <= 15; g++) {
            String goal = run + "-m" + g;
            out.append(row(0, "MÅL", 1, goal, 2, "Mål " + g, 4, plan, 8, "Område " + (1 + g % 5), 9, "nej"));
            for (int i = 1; i <= 2; i++) {
                String indicator = goal + "-n" + i;
                out.append(row(0, "NYCKELTAL", 1, indicator, 2, "Nyckeltal " + g + "." + i, 6, goal, 12, "%",
                        13, "70", 14, "2023-12-31", 15, "85", 18, "2027-12-31", 19, "Kolada"));
                for (int m = 0; m < 4; m++) {
                    out.append(row(0, "MÄTNING", 7, indicator, 27, (2024 + m / 2) + (m % 2 == 0 ? "-06-30" : "-12-31"),
                            28, String.valueOf(70 + m)));
                }
            }
        }
        for (int a = 1; a <= activities; a++) {
            out.append(row(0, "AKTIVITET", 1, run + "-a" + a, 2, "Aktivitet " + a, 6, run + "-m" + (1 + a % 15),
                    20, "Handläggare " + a % 17, 21, "Enhet " + a % 5, 22, "2024-02-01", 23, "2026-12-31",
                    24, a % 4 == 0 ? "Pågår" : "NOT_STARTED", 25, "2024-08-31"));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(Object... cells) {
        String[] line = new String[COLUMNS];
        java.util.Arrays.fill(line, "");
        for (int i = 0; i < cells.length; i += 2) {
            line[(Integer) cells[i]] = (String) cells[i + 1];
        }
        return String.join(";", line) + "\n";
    }
}
