package se.ledger.reports.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as PDF/A-2u: rendered from XHTML by openhtmltopdf on PDFBox, DejaVu Sans embedded so
 * that å/ä/ö and the month marks' arrows print everywhere, the sRGB profile as its output intent.
 */
public final class ReportPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    private ReportPdf() {
    }

    public static byte[] render(ReportContent content) {
        return render(Frame.of(content), ReportOutline.of(content));
    }

    static byte[] render(Frame frame, List<Block> blocks) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            builder.withProducer("Uppföljningsliggaren");
            builder.withHtmlContent(ReportHtml.of(frame, blocks), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONTS + file), FAMILY, weight, style, true);
    }
}
