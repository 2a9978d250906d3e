package se.ledger.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import se.ledger.reports.document.Block.Bar;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.PageBreak;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;
import se.ledger.reports.document.Block.Text;
import se.ledger.reports.document.Block.Title;

/** The report as Word (.docx): Word's heading styles, toned table cells, the checkpoint in the footer. */
public final class ReportDocx {

    private static final int TEXT_POINTS = 9;
    private static final int TABLE_POINTS = 8;
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private final XWPFDocument doc;

    private ReportDocx(XWPFDocument doc) {
        this.doc = doc;
    }

    public static byte[] render(ReportContent content) {
        return render(Frame.of(content), ReportOutline.of(content));
    }

    static byte[] render(Frame frame, List<Block> blocks) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            DocxStyles.add(doc);
            doc.getProperties().getCoreProperties().setTitle(XmlText.of(frame.title()));
            var writer = new ReportDocx(doc);
            writer.footer(frame);
            blocks.forEach(writer::block);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(Block block) {
        if (block instanceof Title t) {
            text(doc.createParagraph(), t.organisation(), 14, false);
            var title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(XmlText.of(t.title()));
            text(doc.createParagraph(), t.subtitle(), 13, false);
            t.lines().forEach(line -> text(doc.createParagraph(), line, TEXT_POINTS, false));
        } else if (block instanceof Heading h) {
            var heading = doc.createParagraph();
            heading.setStyle("Heading" + h.level());
            heading.createRun().setText(XmlText.of(h.text()));
        } else if (block instanceof Text t) {
            var paragraph = doc.createParagraph();
            if (t.label() != null) {
                text(paragraph, t.label() + ": ", TEXT_POINTS, true);
            }
            text(paragraph, t.text(), TEXT_POINTS, false);
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof PageBreak) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    private void table(Table table) {
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.head().size());
        grid.setWidth("100%");
        var head = grid.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < table.head().size(); c++) {
            head.getCell(c).setColor("E8ECF1");
            text(head.getCell(c).getParagraphs().get(0), table.head().get(c), TABLE_POINTS, true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            var line = grid.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                var target = line.getCell(c);
                if (cell.tone() != null) {
                    target.setColor(colour(cell.tone()));
                } else if (row.group()) {
                    target.setColor("F3F5F8");
                }
                text(target.getParagraphs().get(0), cell.text() + sparkline(cell.bars()), TABLE_POINTS, row.group());
            }
        }
        doc.createParagraph();
    }

    /** The small chart in a line: one block glyph per bar, as high as its share. */
    private static String sparkline(List<Bar> bars) {
        var line = new StringBuilder();
        for (Bar bar : bars) {
            line.append(SPARKS.charAt((int) Math.round(bar.share() * (SPARKS.length() - 1))));
        }
        return line.isEmpty() ? "" : line + "\n" + String.join(" · ", bars.stream().map(Bar::label).toList());
    }

    private void footer(Frame frame) {
        var footer = doc.createFooter(HeaderFooterType.DEFAULT);
        var first = footer.createParagraph();
        text(first, frame.footer() + " · sida ", 7, false);
        first.getCTP().addNewFldSimple().setInstr("PAGE");
        text(footer.createParagraph(), frame.verify(), 7, false);
    }

    private static void text(XWPFParagraph paragraph, String text, int points, boolean bold) {
        String[] lines = XmlText.of(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var run = paragraph.createRun();
            run.setFontSize(points);
            run.setBold(bold);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static String colour(String tone) {
        return switch (tone) {
            case "green" -> "CFE8D1";
            case "yellow" -> "FBE9A6";
            case "red" -> "F4C7C3";
            default -> "E4E6E9";
        };
    }
}
