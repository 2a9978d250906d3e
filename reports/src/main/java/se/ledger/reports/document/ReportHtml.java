package se.ledger.reports.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import se.ledger.reports.document.Block.Bar;
import se.ledger.reports.document.Block.Cell;
import se.ledger.reports.document.Block.Heading;
import se.ledger.reports.document.Block.PageBreak;
import se.ledger.reports.document.Block.Row;
import se.ledger.reports.document.Block.Table;
import se.ledger.reports.document.Block.Text;
import se.ledger.reports.document.Block.Title;

/** The blocks as XHTML for the PDF renderer: A4, the checkpoint footer running on every page. */
final class ReportHtml {

    private static final double BAR_POINTS = 18;
    private static final String STYLE = css();

    private final StringBuilder html = new StringBuilder();

    static String of(Frame frame, List<Block> blocks) {
        return new ReportHtml().document(frame, blocks);
    }

    private String document(Frame frame, List<Block> blocks) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escape(frame.title())).append("</title><style>")
                .append(STYLE).append("</style></head><body>");
        html.append("<div id=\"footer\"><div>").append(escape(frame.footer()))
                .append("</div><div>")
                .append(escape(frame.verify())).append("</div></div>");
        blocks.forEach(this::block);
        return html.append("</body></html>").toString();
    }

    private void block(Block block) {
        if (block instanceof Title t) {
            html.append("<div class=\"title\"><p class=\"organisation\">").append(escape(t.organisation()))
                    .append("</p><p class=\"plan\">").append(escape(t.title())).append("</p><p class=\"subtitle\">")
                    .append(escape(t.subtitle())).append("</p>");
            t.lines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
            html.append("</div>");
        } else if (block instanceof Heading h) {
            html.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
                    .append('>');
        } else if (block instanceof Text t) {
            html.append("<p>").append(t.label() == null ? "" : "<b>" + escape(t.label()) + ":</b> ")
                    .append(lines(t.text())).append("</p>");
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof PageBreak) {
            html.append("<div class=\"page-break\"></div>");
        }
    }

    private void table(Table table) {
        html.append("<table class=\"").append(table.kind()).append("\"><thead><tr>");
        table.head().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Row row : table.rows()) {
            html.append(row.group() ? "<tr class=\"group\">" : "<tr>");
            for (Cell cell : row.cells()) {
                html.append(cell.tone() == null ? "<td>" : "<td class=\"tone-" + cell.tone() + "\">")
                        .append(lines(cell.text()));
                bars(cell.bars());
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void bars(List<Bar> bars) {
        if (bars.isEmpty()) {
            return;
        }
        html.append("<table class=\"chart\"><tr>");
        for (Bar bar : bars) {
            html.append("<td><div class=\"bar ").append(bar.kind()).append("\" style=\"height: ")
                    .append(String.format(Locale.ROOT, "%.1f", Math.max(1, bar.share() * BAR_POINTS)))
                    .append("pt\"></div></td>");
        }
        html.append("</tr></table>");
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        XmlText.of(text).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String css() {
        try (InputStream in = ReportHtml.class.getResourceAsStream("/reports/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
