package se.ledger.plan.query.web.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.platform.Vocabulary;

/**
 * The audit trail: every event of the plan and of its goals, indicators and activities recorded by asOf, in the
 * order the ledger stored them, with who, when, about which day, what, and which correction replaced it.
 */
final class TrailSheet {

    static final String NAME = "Händelser";

    private static final List<String> COLUMNS = List.of("Position", "Registrerad", "Gäller", "Händelse", "Avser",
            "Av", "Uppgifter", "Rättar händelse", "Skäl för rättelse", "Rättad av", "Rättad", "Händelse-id");
    private static final Set<String> SAID_ELSEWHERE = Set.of("actor", "effectiveDate", "correction", "planId",
            "goalId", "indicatorId", "activityId");
    private static final List<String> SUBJECTS = List.of("activityId", "indicatorId", "goalId", "planId");
    // the entity page's words (GET /api/labels); a type or field without one shows as named
    private static final Map<String, String> TYPES = Vocabulary.words("EventType");
    private static final Map<String, String> FIELDS = Vocabulary.words("EventField");

    private TrailSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, ReportContent content) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Sheets.note(sheet, 0, styles, "Händelser i planen och dess mål, nyckeltal och aktiviteter, "
                + Sheets.knownAt(content) + ". Inget i liggaren ändras eller tas bort: ett fel rättas med en ny "
                + "händelse som anger den händelse den ersätter.");
        XSSFRow header = sheet.createRow(1);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Sheets.cell(header, i, COLUMNS.get(i), styles.header());
        }
        int r = 2;
        for (AuditEvent e : content.trail().stream().sorted(Comparator.comparingLong(AuditEvent::position))
                .toList()) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.position());
            time(row, 1, e.recordedAt(), content, styles);
            Sheets.date(row, 2, e.effectiveDate(), styles);
            Sheets.cell(row, 3, TYPES.getOrDefault(e.type(), e.type()), null);
            Sheets.cell(row, 4, subject(e.data()), null);
            Sheets.cell(row, 5, e.actor(), null);
            Sheets.cell(row, 6, details(e.data()), styles.text());
            Sheets.cell(row, 7, e.corrects(), null);
            Sheets.cell(row, 8, e.correctionReason(), null);
            Sheets.cell(row, 9, e.correctedBy(), null);
            time(row, 10, e.correctedAt(), content, styles);
            Sheets.cell(row, 11, e.eventId(), null);
        }
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0,
                COLUMNS.size() - 1));
        int[] widths = {10, 20, 12, 28, 28, 24, 70, 38, 30, 38, 20, 38};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The instant as the ledger's local time: Excel has no time zones. */
    private static void time(XSSFRow row, int column, Instant at, ReportContent content, Styles styles) {
        if (at != null) {
            var cell = row.createCell(column);
            cell.setCellValue(at.atZone(content.zone()).toLocalDateTime());
            cell.setCellStyle(styles.time());
        }
    }

    private static String subject(JsonNode data) {
        if (data == null) {
            return null;
        }
        return SUBJECTS.stream().filter(data::hasNonNull).findFirst().map(f -> data.get(f).asText()).orElse(null);
    }

    /** "Status: DEVIATING" lines, one per field the event carries, in Swedish where the pages have a word. */
    private static String details(JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        var lines = new StringBuilder();
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            JsonNode value = field.getValue();
            if (SAID_ELSEWHERE.contains(field.getKey()) || value.isNull() || value.isMissingNode()
                    || value.isContainerNode() && value.isEmpty()) {
                continue;
            }
            lines.append(FIELDS.getOrDefault(field.getKey(), field.getKey())).append(": ")
                    .append(value.isValueNode() ? value.asText() : value.toString()).append('\n');
        }
        return lines.toString().strip();
    }
}
