package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import se.ledger.platform.input.InputRules;

/**
 * Turns the HTML fragments of the exported cells into plain text, parsed by jsoup: tags and list bullets go,
 * every HTML entity is decoded, whitespace runs become one space; everything else (åäö, punctuation, numbering)
 * is kept verbatim.
 */
final class HtmlText {

    private static final char BREAK = '\0';
    private static final Set<String> BLOCKS = Set.of("p", "li", "ul", "ol", "br", "div", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "blockquote");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\h*\\r?\\n");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /*
     * A bullet is a run of '*' or '•' standing alone between spaces, or a single one glued to the start of a word
     * ("*Kulturplan BUN"). Standalone runs like "**" and "****" are footnote marks in the sample, placed where a
     * bullet also belongs, so they split too; a '*' inside a word or after one is text.
     */
    private static final Pattern BULLET = Pattern.compile("(?<!\\S)(?:[*•]+(?=\\s|$)|[*•](?=[^\\s*•]))");
    private static final Pattern OPEN_BLOCK = Pattern.compile("<(?:p|div)(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_BLOCK = Pattern.compile("</(?:p|div)\\s*>", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** The cell as one line of text. */
    static String text(String html) {
        return WHITESPACE.matcher(flatten(html, ' ')).replaceAll(" ").strip();
    }

    /** The items of a list cell: split on paragraphs, list elements, blank lines and bullets. */
    static List<String> items(String html) {
        String s = BLANK_LINE.matcher(flatten(html, BREAK)).replaceAll(String.valueOf(BREAK));
        List<String> items = new ArrayList<>();
        for (String block : s.split(String.valueOf(BREAK))) {
            String flat = WHITESPACE.matcher(block).replaceAll(" ");
            for (String item : BULLET.split(flat)) {
                String clean = item.strip();
                if (!clean.isEmpty()) {
                    items.add(clean);
                }
            }
        }
        return items;
    }

    /** A free-text cell: each paragraph or list item becomes a paragraph, separated by a blank line. */
    static String paragraphs(String html) {
        return String.join("\n\n", items(html));
    }

    /** True when a line of an unquoted cell ends inside a paragraph or a tag, so the next line continues it. */
    static boolean endsInsideBlock(String html) {
        int lt = html.lastIndexOf('<');
        if (lt >= 0 && lt > html.lastIndexOf('>') && lt + 1 < html.length()
                && (Character.isLetter(html.charAt(lt + 1)) || html.charAt(lt + 1) == '/')) {
            return true;
        }
        return count(OPEN_BLOCK.matcher(html)) > count(CLOSE_BLOCK.matcher(html));
    }

    /** The text of the fragment with {@code mark} where a block element opens or closes; comments dropped. */
    private static String flatten(String html, char mark) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (isBlock(node)) {
                    out.append(mark);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    out.append(mark);
                }
            }
        }, Jsoup.parseBodyFragment(keepControlReferences(html)).body());
        return out.toString();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    /** A reference to a control character or a surrogate stays as written (issue 8): it is escaped for jsoup. */
    private static String keepControlReferences(String html) {
        Matcher m = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            boolean allowed = Character.isValidCodePoint(codePoint)
                    && InputRules.textProblem(Character.toString(codePoint)) == null;
            m.appendReplacement(out, Matcher.quoteReplacement(allowed ? m.group() : "&amp;" + m.group().substring(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
