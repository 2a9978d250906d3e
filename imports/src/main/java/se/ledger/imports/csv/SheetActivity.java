package se.ledger.imports.csv;

import java.time.LocalDate;
import java.util.List;

/**
 * An AKTIVITET row.
 *
 * @param unit        ansvarig enhet, null when empty
 * @param status      null when no status is reported yet; then statusDate is null too
 * @param explanation förklaring; always present for a deviation, may be present otherwise
 */
public record SheetActivity(String id, List<String> goalIds, String title, String responsible, String unit,
        LocalDate start, LocalDate end, SheetActivityStatus status, LocalDate statusDate, String explanation,
        int sourceLine) {

    public SheetActivity {
        goalIds = List.copyOf(goalIds);
    }
}
