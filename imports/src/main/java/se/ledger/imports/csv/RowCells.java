package se.ledger.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.ledger.imports.text.ImportProblem;
import se.ledger.platform.input.InputRules;

/** Reads the cells of one row by column, reporting what cannot be read as a problem of that row and column. */
final class RowCells {

    // well-formed, so a refused date is one the calendar does not have (2022-02-30)
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SheetRow row;
    private final SheetHeader header;
    private final SheetRowType type;
    private final List<ImportProblem> problems;

    RowCells(SheetRow row, SheetHeader header, SheetRowType type, List<ImportProblem> problems) {
        this.row = row;
        this.header = header;
        this.type = type;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    boolean hasColumn(SheetColumn column) {
        return header.indexOf(column).isPresent();
    }

    /** The trimmed cell, or null when it is empty or the column is not in the header. */
    String text(SheetColumn column) {
        return index(column).map(i -> Labels.trim(row.cell(i))).filter(t -> !t.isEmpty()).orElse(null);
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
        int line = index(column).map(row::lineOf).orElse(row.line());
        problems.add(new ImportProblem(line, column.header(), reason));
    }

    private Optional<Integer> index(SheetColumn column) {
        return header.indexOf(column).filter(i -> i < row.size());
    }
}
