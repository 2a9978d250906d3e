package se.ledger.plan.query.web.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.ledger.plan.query.PlanViews.HistoryView;

/**
 * The plan as an Excel workbook: the sheet "Plan" in the import's format first (so the file can be imported as
 * it is), then the month grid of each year of the plan's period, then the audit trail.
 */
public final class ReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportWorkbook() {
    }

    public static byte[] write(ReportContent content) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            PlanSheet.write(workbook, styles, content);
            for (HistoryView grid : content.grids()) {
                GridSheet.write(workbook, styles, grid, content);
            }
            TrailSheet.write(workbook, styles, content);
            workbook.getProperties().getCoreProperties().setTitle(content.plan().title());
            workbook.getProperties().getCoreProperties().setCreator("Uppföljningsliggaren");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
