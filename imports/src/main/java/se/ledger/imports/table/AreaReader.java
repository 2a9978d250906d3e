package se.ledger.imports.table;

import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.events.MonthMark;
import se.ledger.imports.text.ImportProblem;

/**
 * Reads one logical area row. After the five fixed cells come the month cells and then the follow-up text, but
 * exports are ragged: month cells may be collapsed into one cell of spaces, or fewer than the header's months,
 * in which case the marks fill the months from the first month column and the first cell that is not a mark
 * (longer than two characters) is the follow-up text. Blank cells after the text are padding.
 */
final class AreaReader {

    private static final int FIXED_CELLS = PlanHeader.FIRST_MONTH_COLUMN;
    private static final int MAX_MARK_LENGTH = 2;

    private AreaReader() {
    }

    static Area read(TsvRow row, PlanHeader header, Map<String, Person> signatures, List<ImportProblem> problems) {
        List<TsvCell> cells = row.cells();
        if (cells.size() < FIXED_CELLS) {
            problems.add(new ImportProblem(row.line(), cells.size() + 1, "raden tar slut efter " + cells.size()
                    + (cells.size() == 1 ? " cell" : " celler") + ": ett utvecklingsområde ska ha nummer, titel, "
                    + "Önskad effekt, Huvudaktiviteter och Ansvariga"));
            return null;
        }
        int number = Integer.parseInt(HtmlText.text(cells.get(0).text()).replace(".", ""));
        String title = HtmlText.text(cells.get(1).text());
        if (title.isEmpty()) {
            problems.add(new ImportProblem(cells.get(1).line(), 2, "utvecklingsområde " + number + " saknar titel"));
        }
        Map<Month, MonthMark> marks = new EnumMap<>(Month.class);
        String followUp = readMonthsAndText(cells, header, marks, problems);
        return new Area(number, title, HtmlText.items(cells.get(2).text()), HtmlText.items(cells.get(3).text()),
                Responsibilities.parse(cells.get(4).text(), signatures), marks, followUp, row.line());
    }

    private static String readMonthsAndText(List<TsvCell> cells, PlanHeader header, Map<Month, MonthMark> marks,
            List<ImportProblem> problems) {
        List<Month> months = header.monthColumns();
        String followUp = null;
        for (TsvCell cell : cells.subList(FIXED_CELLS, cells.size())) {
            int index = cell.column() - 1 - FIXED_CELLS;
            String text = HtmlText.text(cell.text());
            if (followUp != null) {
                if (!text.isEmpty()) {
                    problems.add(new ImportProblem(cell.line(), cell.column(), "oväntad text efter statustexten: '"
                            + AreaRows.abbreviate(text) + "' (statustexten ska stå sist på raden)"));
                }
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            boolean markSized = text.length() <= MAX_MARK_LENGTH;
            Optional<MonthMark> mark = markSized ? MonthSymbols.markOf(text) : Optional.empty();
            if (markSized && index < months.size()) {
                if (mark.isPresent()) {
                    marks.put(months.get(index), mark.get());
                } else {
                    problems.add(new ImportProblem(cell.line(), cell.column(), "okänd månadsmarkering '" + text
                            + "' för " + SwedishMonths.name(months.get(index)) + "; tillåtna: ⇒, ↑, ↓ eller en "
                            + "tom cell"));
                }
            } else if (mark.isPresent()) {
                problems.add(new ImportProblem(cell.line(), cell.column(), "månadsmarkering '" + text
                        + "' efter den sista månadskolumnen (" + SwedishMonths.name(months.get(months.size() - 1))
                        + ")"));
            } else {
                followUp = HtmlText.paragraphs(cell.text());
            }
        }
        return followUp == null ? "" : followUp;
    }
}
