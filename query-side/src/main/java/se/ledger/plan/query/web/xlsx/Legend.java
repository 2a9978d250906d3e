package se.ledger.plan.query.web.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.ledger.events.ActivityStatus;
import se.ledger.events.MonthMark;
import se.ledger.events.Prognosis;
import se.ledger.platform.Vocabulary;

/** The grid's key under it, as the page's legend: what each colour and arrow means. */
final class Legend {

    private Legend() {
    }

    static void write(XSSFSheet sheet, int firstRow, Styles styles) {
        int r = firstRow;
        Sheets.cell(sheet.createRow(r++), 0, "Förklaring", styles.gridTitle(null, true, null));
        for (ActivityStatus status : ActivityStatus.values()) {
            key(sheet, r++, styles, "s-" + status.name(), "", "Aktivitet: " + Vocabulary.label(status));
        }
        for (Prognosis prognosis : Prognosis.values()) {
            key(sheet, r++, styles, "p-" + prognosis.name(), "", "Mål, angiven prognos: "
                    + Vocabulary.label(prognosis));
        }
        for (MonthMark mark : MonthMark.values()) {
            var row = sheet.createRow(r++);
            Sheets.cell(row, 1, Vocabulary.symbol(mark), styles.month(null, null, GridColors.mark(mark.name())));
            Sheets.cell(row, 2, Vocabulary.label(mark), null);
        }
        var carried = sheet.createRow(r++);
        Sheets.cell(carried, 1, "", styles.month(null, GridColors.carried("s-ON_TRACK"), null));
        Sheets.cell(carried, 2, "Inget rapporterat denna månad: läget från tidigare som en linje", null);
        var future = sheet.createRow(r);
        Sheets.cell(future, 1, "", styles.month(GridColors.FUTURE, null, null));
        Sheets.cell(future, 2, "Månad efter rapportdatumet", null);
    }

    private static void key(XSSFSheet sheet, int r, Styles styles, String state, String text, String label) {
        var row = sheet.createRow(r);
        Sheets.cell(row, 1, text, styles.month(GridColors.fill(state), null, null));
        Sheets.cell(row, 2, label, null);
    }
}
