package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML fragments of the exported cells into plain text: tags and list bullets go, entities are
 * decoded, whitespace runs become one space; everything else (åäö, punctuation, numbering) is kept verbatim.
 */
final class HtmlText {

    private static final char BREAK = '\0';
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|li|ul|ol|br|div|h[1-6]|tr|td|th|table|blockquote)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
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
        String s = BLOCK_TAG.matcher(COMMENT.matcher(html).replaceAll(" ")).replaceAll(" ");
        s = HtmlEntities.decode(ANY_TAG.matcher(s).replaceAll(""));
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The items of a list cell: split on paragraphs, list elements, blank lines and bullets. */
    static List<String> items(String html) {
        String s = BLOCK_TAG.matcher(COMMENT.matcher(html).replaceAll(" ")).replaceAll(String.valueOf(BREAK));
        s = HtmlEntities.decode(ANY_TAG.matcher(s).replaceAll(""));
        s = BLANK_LINE.matcher(s).replaceAll(String.valueOf(BREAK));
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

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
