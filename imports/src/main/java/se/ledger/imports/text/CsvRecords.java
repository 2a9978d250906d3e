package se.ledger.imports.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Text already in memory read by Commons CSV, whose reading can then fail only on the syntax. */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** @throws UncheckedIOException wrapping Commons CSV's {@code CSVException} when the syntax is broken */
    public static List<CSVRecord> of(String text, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text reads without any syntax error in {@code format}. */
    public static boolean wellFormed(String text, CSVFormat format) {
        try {
            of(text, format);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Where each record ends: the next one's start, or the end of the text. */
    public static int endOf(List<CSVRecord> records, int index, String text) {
        return index + 1 < records.size() ? (int) records.get(index + 1).getCharacterPosition() : text.length();
    }
}
