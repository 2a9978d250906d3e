package se.ledger.standalone.imports;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/** Plan spreadsheets for tests, written cell by cell so the columns cannot slip. */
final class Sheets {

    static final List<String> COLUMNS = List.of("typ", "id", "titel", "organisation", "överordnat mål", "mål",
            "nyckeltal", "enhet", "ingångsvärde", "ingångsdatum", "målvärde", "måldatum", "ansvarig",
            "ansvarig enhet", "start", "slut", "status", "statusdatum", "förklaring", "datum", "värde");

    private Sheets() {
    }

    static String header() {
        return String.join(";", COLUMNS) + "\n";
    }

    /** Pairs of column and value; the other cells stay empty. */
    static String row(String... pairs) {
        var cells = new HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!COLUMNS.contains(pairs[i])) {
                throw new IllegalArgumentException(pairs[i]);
            }
            cells.put(pairs[i], pairs[i + 1]);
        }
        return COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).collect(Collectors.joining(";")) + "\n";
    }

    /**
     * Lines: 1 header, 2 plan, 3–4 goal and sub-goal, 5 indicator, 6 activity (deviating), 7–8 measurements.
     * {@code baseline} and {@code lastDate} let a test break line 5 or line 8.
     */
    static String plan(String p, String baseline, String lastDate) {
        return header()
                + row("typ", "PLAN", "id", p + "-P", "titel", "Verksamhetsplan 2022", "organisation", "Testkommun",
                        "start", "2022-01-01", "slut", "2022-12-31")
                + row("typ", "MÅL", "id", p + "-M1", "titel", "Trygg skola")
                + row("typ", "MÅL", "id", p + "-M2", "titel", "Fler känner sig trygga", "överordnat mål", p + "-M1")
                + row("typ", "NYCKELTAL", "id", p + "-N1", "titel", "Elever som känner sig trygga", "mål", p + "-M2",
                        "enhet", "%", "ingångsvärde", baseline, "ingångsdatum", "2021-12-31", "målvärde", "90",
                        "måldatum", "2022-12-31")
                + row("typ", "AKTIVITET", "id", p + "-A1", "titel", "Trygghetsvandringar", "mål", p + "-M1, " + p + "-M2",
                        "ansvarig", "Eva Ek", "ansvarig enhet", "Grundskolan", "start", "2022-03-01", "slut",
                        "2022-11-30", "status", "Pågående med avvikelse", "statusdatum", "2022-08-31", "förklaring",
                        "Två skolor saknar vandringsledare")
                + row("typ", "MÄTNING", "nyckeltal", p + "-N1", "datum", "2022-06-30", "värde", "75,5")
                + row("typ", "MÄTNING", "nyckeltal", p + "-N1", "datum", lastDate, "värde", "inga nya data");
    }

    static String plan(String p) {
        return plan(p, "70", "2022-08-31");
    }
}
