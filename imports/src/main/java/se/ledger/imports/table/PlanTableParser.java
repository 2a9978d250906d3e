package se.ledger.imports.table;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;

/**
 * Parses the municipal plan table exported from a word processor as tab-separated text (see
 * docs/import-formats.md). Every problem in the file is collected before failing.
 */
public final class PlanTableParser {

    private PlanTableParser() {
    }

    public static PlanTable parse(String fileName, Reader reader) throws IOException {
        StringWriter content = new StringWriter();
        reader.transferTo(content);
        return parse(fileName, content.toString());
    }

    /** @throws ImportRejected listing every line and column that could not be interpreted */
    public static PlanTable parse(String fileName, String content) {
        String text = ImportText.withoutBom(content);
        List<ImportProblem> problems = new ArrayList<>();
        List<TsvRow> rows = TsvRows.of(text);
        int headerIndex = 0;
        while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            throw new ImportRejected(fileName, List.of(new ImportProblem(1, 1,
                    "filen är tom: den ska börja med en rubrikrad (UTVECKLINGSOMRÅDE … Jan … AUGUSTI)")));
        }
        PlanHeader header = PlanHeader.read(rows.get(headerIndex), problems);
        int signIndex = headerIndex + 1;
        while (signIndex < rows.size() && !SignatureTable.isHeader(rows.get(signIndex))) {
            signIndex++;
        }
        Map<String, Person> signatures = SignatureTable.read(rows.subList(signIndex, rows.size()), problems);
        List<Area> areas = readAreas(rows.subList(headerIndex + 1, signIndex), header, signatures, problems);
        if (areas.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(header.line(), 1,
                    "det finns inga rader med utvecklingsområden efter rubrikraden"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::line)
                    .thenComparingInt(p -> Integer.parseInt(p.column())));
            throw new ImportRejected(fileName, problems);
        }
        return new PlanTable(header.followUpMonthName(), header.followUpMonth(), areas, signatures);
    }

    private static List<Area> readAreas(List<TsvRow> rows, PlanHeader header, Map<String, Person> signatures,
            List<ImportProblem> problems) {
        List<Area> areas = new ArrayList<>();
        Map<Integer, Integer> lineByNumber = new HashMap<>();
        for (TsvRow row : AreaRows.group(rows, problems)) {
            Area area = AreaReader.read(row, header, signatures, problems);
            if (area == null) {
                continue;
            }
            Integer earlier = lineByNumber.putIfAbsent(area.number(), area.sourceLine());
            if (earlier != null) {
                problems.add(new ImportProblem(area.sourceLine(), 1,
                        "utvecklingsområde " + area.number() + " finns redan på rad " + earlier));
            } else {
                areas.add(area);
            }
        }
        return areas;
    }
}
