package se.ledger.imports.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledger.imports.ImportText;

/**
 * Parses the plan spreadsheet format (docs/import-formats.md): UTF-8, ';'-separated, one header row, one row per
 * plan, goal, indicator, activity or measurement told apart by the "typ" column. Every problem of the file is
 * collected before failing.
 */
public final class SpreadsheetCsvParser {

    private SpreadsheetCsvParser() {
    }

    /** Decodes strictly as UTF-8, so a file saved in Windows-1252 is refused with a line number. */
    public static SpreadsheetImport parse(String fileName, InputStream in) throws IOException {
        return parse(fileName, Utf8.decode(fileName, in.readAllBytes()));
    }

    public static SpreadsheetImport parse(String fileName, Reader reader) throws IOException {
        StringWriter content = new StringWriter();
        reader.transferTo(content);
        return parse(fileName, content.toString());
    }

    /**
     * Without the ledger's clock: a status date is not checked against today (the import, which has the
     * configured clock, checks it).
     *
     * @throws CsvImportException listing every line, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parse(String fileName, String content) {
        return parse(fileName, content, LocalDate.MAX);
    }

    /**
     * @param today the ledger's today: a status date after it is refused, as the ledger would refuse it
     * @throws CsvImportException listing every line, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parse(String fileName, String content, LocalDate today) {
        String text = ImportText.withoutBom(content);
        List<ParseProblem> problems = new ArrayList<>();
        List<CsvRecord> records = CsvTokenizer.records(text);
        int index = 0;
        while (index < records.size() && (records.get(index).isBlank() || records.get(index).isComment()
                || records.get(index).isSeparatorHint())) {
            index++;
        }
        if (index == records.size()) {
            throw new CsvImportException(fileName, List.of(new ParseProblem(1, null,
                    "filen är tom: den ska börja med en rubrikrad med kolumnen 'typ'")));
        }
        Optional<SheetHeader> header = SheetHeader.read(records.get(index), problems);
        if (header.isEmpty()) {
            throw new CsvImportException(fileName, problems);
        }
        Map<SheetRowType, List<RowCells>> rows = classify(records.subList(index + 1, records.size()), header.get(),
                problems);
        List<SheetPlan> plans = rows.get(SheetRowType.PLAN).stream().map(PlanRowReader::read).toList();
        List<SheetGoal> goals = rows.get(SheetRowType.GOAL).stream().map(r -> GoalRowReader.read(r, plans)).toList();
        ActivityRowReader activities = new ActivityRowReader(plans, goals, today);
        SpreadsheetImport sheet = new SpreadsheetImport(fileName, plans, goals,
                rows.get(SheetRowType.INDICATOR).stream().map(IndicatorRowReader::read).toList(),
                rows.get(SheetRowType.ACTIVITY).stream().map(activities::read).toList(),
                rows.get(SheetRowType.MEASUREMENT).stream().map(MeasurementRowReader::read).toList());
        References.check(sheet, problems);
        if (!problems.isEmpty()) {
            // stable: within a line, problems stay in the order the columns were checked
            problems.sort(Comparator.comparingInt(ParseProblem::line));
            throw new CsvImportException(fileName, problems);
        }
        return sheet;
    }

    private static Map<SheetRowType, List<RowCells>> classify(List<CsvRecord> records, SheetHeader header,
            List<ParseProblem> problems) {
        Map<SheetRowType, List<RowCells>> rows = new EnumMap<>(SheetRowType.class);
        for (SheetRowType type : SheetRowType.values()) {
            rows.put(type, new ArrayList<>());
        }
        for (CsvRecord record : records) {
            if (record.isBlank() || record.isComment()) {
                continue;
            }
            RowShape.check(record, header, problems);
            int typeIndex = header.indexOf(SheetColumn.TYPE).orElseThrow();
            String typ = typeIndex < record.fields().size() ? Labels.trim(record.fields().get(typeIndex).text()) : "";
            Optional<SheetRowType> type = SheetRowType.fromCell(typ);
            if (type.isEmpty()) {
                problems.add(new ParseProblem(record.line(), SheetColumn.TYPE.header(), (typ.isEmpty()
                        ? "typ saknas" : "okänd typ '" + typ + "'")
                        + "; tillåtna: PLAN, MÅL, NYCKELTAL, AKTIVITET, MÄTNING"));
                continue;
            }
            RowShape.checkUnusedColumns(record, header, type.get(), problems);
            rows.get(type.get()).add(new RowCells(record, header, type.get(), problems));
        }
        return rows;
    }
}
