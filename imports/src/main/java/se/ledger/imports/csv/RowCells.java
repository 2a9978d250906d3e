package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.ledger.platform.input.InputRules;

/** Reads the cells of one row by column, reporting what cannot be read as a problem of that row and column. */
final class RowCells {

    // well-formed, so a refused date is one the calendar does not have (2022-02-30)
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CsvRecord record;
    private final SheetHeader header;
    private final SheetRowType type;
    private final List<ParseProblem> problems;

    RowCells(CsvRecord record, SheetHeader header, SheetRowType type, List<ParseProblem> problems) {
        this.record = record;
        this.header = header;
        this.type = type;
        this.problems = problems;
    }

    int line() {
        return record.line();
    }

    boolean hasColumn(SheetColumn column) {
        return header.indexOf(column).isPresent();
    }

    /** The trimmed cell, or null when it is empty or the column is not in the header. */
    String text(SheetColumn column) {
        return field(column).map(f -> Labels.trim(f.text()).replace("\r\n", "\n")).filter(t -> !t.isEmpty())
                .orElse(null);
    }

    String required(SheetColumn column) {
        String text = text(column);
        if (text == null) {
            problem(column, header.indexOf(column).isPresent() ? "måste fyllas i för " + type.label()
                    : "måste fyllas i för " + type.label() + ", men rubrikraden saknar kolumnen '"
                            + column.header() + "'");
        }
        return text;
    }

    LocalDate date(SheetColumn column, boolean required) {
        String text = required ? required(column) : text(column);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            String outside = InputRules.dateProblem(date);
            if (outside != null) {
                problem(column, "datumet '" + text + "': " + outside);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(column, ISO_DATE_SHAPE.matcher(text).matches()
                    ? "datumet '" + text + "' finns inte (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-08-31)"
                    : "inte ett datum: '" + text + "' (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-08-31)");
            return null;
        }
    }

    BigDecimal decimal(SheetColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<BigDecimal> value = Decimals.parse(text);
        if (value.isEmpty()) {
            problem(column, "inte ett tal: '" + text + "' (skriv t.ex. 12,5 eller 12.5, utan enhet)");
            return null;
        }
        String insane = InputRules.numberProblem(value.get());
        if (insane != null) {
            problem(column, "talet '" + text + "': " + insane);
            return null;
        }
        return value.get();
    }

    void problem(SheetColumn column, String reason) {
        int line = field(column).map(CsvField::line).orElse(record.line());
        problems.add(new ParseProblem(line, column.header(), reason));
    }

    private Optional<CsvField> field(SheetColumn column) {
        return header.indexOf(column).filter(i -> i < record.fields().size()).map(i -> record.fields().get(i));
    }
}
