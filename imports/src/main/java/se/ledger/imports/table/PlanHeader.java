package se.ledger.imports.table;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ledger.imports.text.ImportProblem;

/**
 * The header row: number and title (two cells), Önskad effekt, Huvudaktiviteter, Ansvariga, then one column per
 * reported month and finally the follow-up month in full ("AUGUSTI"), whose column holds the status text.
 */
record PlanHeader(int line, List<Month> monthColumns, String followUpMonthName, Month followUpMonth) {

    static final int FIRST_MONTH_COLUMN = 5;

    static PlanHeader read(TsvRow row, List<ImportProblem> problems) {
        List<TsvCell> cells = row.cells();
        List<Month> months = new ArrayList<>();
        int i = FIRST_MONTH_COLUMN;
        while (i < cells.size() - 1) {
            Optional<Month> month = SwedishMonths.parse(cells.get(i).text());
            if (month.isEmpty()) {
                break;
            }
            if (!months.isEmpty() && month.get() != months.get(months.size() - 1).plus(1)) {
                problems.add(new ImportProblem(row.line(), i + 1, "månadskolumnen '" + cells.get(i).text().strip()
                        + "' följer inte på " + SwedishMonths.name(months.get(months.size() - 1))
                        + ": månaderna ska komma i ordning, utan luckor"));
            }
            months.add(month.get());
            i++;
        }
        if (months.isEmpty()) {
            problems.add(new ImportProblem(row.line(), FIRST_MONTH_COLUMN + 1,
                    "rubrikraden ska ha månadskolumner (Jan, Feb, …) från kolumn " + (FIRST_MONTH_COLUMN + 1)
                            + " och efter dem uppföljningsmånaden utskriven (t.ex. AUGUSTI)"));
            return fallback(row.line());
        }
        String name = i < cells.size() ? HtmlText.text(cells.get(i).text()) : "";
        Optional<Month> followUp = SwedishMonths.parse(name);
        if (followUp.isEmpty()) {
            problems.add(new ImportProblem(row.line(), i + 1,
                    "efter månadskolumnerna ska uppföljningsmånaden stå utskriven (t.ex. AUGUSTI), men här står '"
                            + name + "'"));
            return new PlanHeader(row.line(), months, name, months.get(months.size() - 1));
        }
        return new PlanHeader(row.line(), months, name, followUp.get());
    }

    // Keeps the rest of the file checkable when the header is unreadable: every problem is reported at once.
    private static PlanHeader fallback(int line) {
        return new PlanHeader(line, List.of(Month.values()), "", Month.DECEMBER);
    }
}
