package se.ledger.imports.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;

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
        return parse(fileName, ImportText.decode(fileName, in.readAllBytes()));
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
     * @throws ImportRejected listing every line, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parse(String fileName, String content) {
        return parse(fileName, content, LocalDate.MAX);
    }

    /**
     * @param today the ledger's today: a status date after it is refused, as the ledger would refuse it
     * @throws ImportRejected listing every line, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parse(String fileName, String content, LocalDate today) {
        String text = ImportText.withoutBom(content);
        List<SheetRows.RowProblem> quoting = new ArrayList<>();
        List<SheetRow> records = SheetRows.read(text, quoting);
        return parse(fileName, records, quoting, today);
    }

    /**
     * The same format already split into cells, as a workbook's sheet holds it: each row's number is its line.
     *
     * @throws ImportRejected listing every row, column and reason that could not be interpreted
     */
    public static SpreadsheetImport parseRows(String fileName, List<SheetLine> lines, LocalDate today) {
        List<SheetRow> records = lines.stream().map(l -> new SheetRow(l.number(), l.cells(),
                Collections.nCopies(l.cells().size(), l.number()))).toList();
        return parse(fileName, records, List.of(), today);
    }

    /** Which of the header row's cells a problem's column names ("målvärde", "cell 14"); empty if none. */
    public static OptionalInt columnIndex(List<String> headerCells, String column) {
        if (column == null) {
            return OptionalInt.empty();
        }
        if (column.matches("cell \\d+")) {
            return OptionalInt.of(Integer.parseInt(column.substring(5)) - 1);
        }
        String key = Labels.normalize(column);
        for (int i = 0; i < headerCells.size(); i++) {
            if (Labels.normalize(headerCells.get(i)).equals(key)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static SpreadsheetImport parse(String fileName, List<SheetRow> records,
            List<SheetRows.RowProblem> quoting, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        int index = 0;
        while (index < records.size() && (records.get(index).isBlank() || records.get(index).isComment()
                || records.get(index).isSeparatorHint())) {
            index++;
        }
        if (index == records.size()) {
            throw new ImportRejected(fileName, List.of(new ImportProblem(1, null,
                    "filen är tom: den ska börja med en rubrikrad med kolumnen 'typ'")));
        }
        Optional<SheetHeader> header = SheetHeader.read(records.get(index), problems);
        if (header.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        quoting.forEach(q -> problems.add(new ImportProblem(q.row().lineOf(q.cell()), header.get().nameAt(q.cell()),
                q.reason())));
        Map<SheetRowType, List<RowCells>> rows = classify(records.subList(index + 1, records.size()), header.get(),
                problems);
        List<SheetPlan> plans = rows.get(SheetRowType.PLAN).stream().map(PlanRowReader::read).toList();
        List<SheetGoal> goals = rows.get(SheetRowType.GOAL).stream().map(r -> GoalRowReader.read(r, plans, today))
                .toList();
        ActivityRowReader activities = new ActivityRowReader(plans, goals, today);
        SpreadsheetImport sheet = new SpreadsheetImport(fileName, plans, goals,
                rows.get(SheetRowType.INDICATOR).stream().map(r -> IndicatorRowReader.read(r, plans, goals, today))
                        .toList(),
                rows.get(SheetRowType.ACTIVITY).stream().map(activities::read).toList(),
                rows.get(SheetRowType.MEASUREMENT).stream().map(MeasurementRowReader::read).toList());
        References.check(sheet, problems);
        if (!problems.isEmpty()) {
            // stable: within a line, problems stay in the order the columns were checked
            problems.sort(Comparator.comparingInt(ImportProblem::line));
            throw new ImportRejected(fileName, problems);
        }
        return sheet;
    }

    private static Map<SheetRowType, List<RowCells>> classify(List<SheetRow> records, SheetHeader header,
            List<ImportProblem> problems) {
        Map<SheetRowType, List<RowCells>> rows = new EnumMap<>(SheetRowType.class);
        for (SheetRowType type : SheetRowType.values()) {
            rows.put(type, new ArrayList<>());
        }
        for (SheetRow record : records) {
            if (record.isBlank() || record.isComment()) {
                continue;
            }
            RowShape.check(record, header, problems);
            int typeIndex = header.indexOf(SheetColumn.TYPE).orElseThrow();
            String typ = typeIndex < record.size() ? Labels.trim(record.cell(typeIndex)) : "";
            Optional<SheetRowType> type = SheetRowType.fromCell(typ);
            if (type.isEmpty()) {
                problems.add(new ImportProblem(record.line(), SheetColumn.TYPE.header(), (typ.isEmpty()
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
