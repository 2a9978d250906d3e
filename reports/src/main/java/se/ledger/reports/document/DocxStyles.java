package se.ledger.reports.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own heading and title styles (ids Heading1–3 and Title), so that a municipality pasting a
 * section into its template gets its template's headings and the navigation pane lists them.
 */
final class DocxStyles {

    private DocxStyles() {
    }

    static void add(XWPFDocument doc) {
        var styles = doc.createStyles();
        var fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        styles.setDefaultFonts(fonts);
        styles.addStyle(style("Title", "Title", -1, 36));
        styles.addStyle(style("Heading1", "heading 1", 0, 26));
        styles.addStyle(style("Heading2", "heading 2", 1, 22));
        styles.addStyle(style("Heading3", "heading 3", 2, 20));
    }

    /** outline: 0 for heading 1 (none for the title); size in half-points. */
    private static XWPFStyle style(String id, String name, int outline, int size) {
        var ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
        var paragraph = ct.addNewPPr();
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outline < 0 ? 0 : 200));
        spacing.setAfter(BigInteger.valueOf(60));
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        var run = ct.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(size));
        run.addNewColor().setVal(outline == 1 || outline == 2 ? "1D2430" : "1F5FA8");
        return new XWPFStyle(ct);
    }
}
