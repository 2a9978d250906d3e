package se.ledger.imports.csv;

import java.time.LocalDate;
import java.util.List;

/**
 * An AKTIVITET row.
 *
 * @param unit        ansvarig enhet, null when empty
 * @param status      null when no status is reported yet; then statusDate is null too
 * @param explanation förklaring; always present for a deviation, may be present otherwise
 * @param partners    samverkan med: one per line or separated by '|'
 */
public record SheetActivity(String id, List<String> goalIds, String title, String responsible, String unit,
        LocalDate start, LocalDate end, SheetActivityStatus status, LocalDate statusDate, String explanation,
        int sourceLine, String description, List<String> partners, String desiredState) {

    public SheetActivity {
        goalIds = List.copyOf(goalIds);
        partners = List.copyOf(partners);
    }

    /** Without description, partners or desired state. */
    public SheetActivity(String id, List<String> goalIds, String title, String responsible, String unit,
            LocalDate start, LocalDate end, SheetActivityStatus status, LocalDate statusDate, String explanation,
            int sourceLine) {
        this(id, goalIds, title, responsible, unit, start, end, status, statusDate, explanation, sourceLine, null,
                List.of(), null);
    }
}
