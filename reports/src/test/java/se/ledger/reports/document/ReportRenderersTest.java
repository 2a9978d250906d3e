package se.ledger.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.ledger.reports.document.Block.Bar;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;
import se.ledger.reports.document.Block.Text;
import se.ledger.reports.document.Block.Title;

/** Both renderers on the same blocks: Swedish letters and arrows survive, the footer is on every page. */
class ReportRenderersTest {

    private static final Frame FRAME = new Frame("Övertorneå kommun – Verksamhetsplan", "Övertorneå · per 2022-08-31 · "
            + new ReportCheckpoint(42L, "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJ", "/x").line(), "Verifiera: java -jar");

    private static List<Block> blocks() {
        var blocks = new ArrayList<Block>();
        blocks.add(new Title("Övertorneå kommun", "Verksamhetsplan 2022", "Delårsrapport", List.of("Rapportdatum")));
        for (int goal = 1; goal <= 30; goal++) {
            blocks.add(new Heading(2, "Mål " + goal + ": Jämlik folkhälsa för äldre"));
            blocks.add(new Text("Månadsmarkeringar", "Jan ⇒  Feb ↑  Mar ↓"));
            var chart = new Cell("", null, List.of(new Bar("Ingångsvärde 4", 0.5, "baseline"), new Bar("Mål 8", 1, "target")));
            blocks.add(new Table("indicators", List.of("Nyckeltal", "Utveckling"),
                    List.of(new Row(List.of(Cell.toned("Väntetid", "yellow"), chart), false))));
        }
        return blocks;
    }

    @Test
    void thePdfIsAnA4PdfAWithEmbeddedFontsAndTheCheckpointOnEveryPage() throws Exception {
        byte[] pdf = ReportPdf.render(FRAME, blocks());
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            var text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc)).contains("Kontrollpunkt: 42 löv, rot q83vEjRWeJq83vEj…",
                        "Sida " + page + " av " + doc.getNumberOfPages());
            }
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(doc)).contains("Övertorneå kommun", "Jan ⇒", "Feb ↑", "Mar ↓");
            assertThat(doc.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray())).contains("pdfaid:part");
            for (var font : doc.getPage(0).getResources().getFontNames()) {
                assertThat(doc.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void theDocxHasWordsHeadingStylesAndTheCheckpointInItsFooter() throws Exception {
        byte[] docx = ReportDocx.render(FRAME, blocks());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(p -> p.getText()).toList();
            assertThat(headings).hasSize(30).first().isEqualTo("Mål 1: Jämlik folkhälsa för äldre");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getFooterList().get(0).getText()).contains("Kontrollpunkt: 42 löv");
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).startsWith("▅█");
        }
    }

    /** Markup, characters XML has no room for and glyphs the font lacks are text, never a failed report. */
    @Test
    void hostileTextIsPrintedAsText() throws Exception {
        String text = "<script>alert('x')</script> & \"citat\" \uFFFE 漢字 😀 \u202Eomvänd";
        var blocks = List.<Block>of(new Heading(1, text), new Text(text, text),
                new Table("activities", List.of(text), List.of(new Row(List.of(Cell.of(text)), false))));
        try (var pdf = Loader.loadPDF(ReportPdf.render(FRAME, blocks))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert('x')</script> & \"citat\"");
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(ReportDocx.render(FRAME, blocks)))) {
            assertThat(docx.getParagraphs().get(0).getText()).startsWith("<script>alert('x')</script> & \"citat\" \uFFFD");
        }
    }
}
