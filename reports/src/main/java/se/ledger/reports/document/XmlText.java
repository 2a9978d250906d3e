package se.ledger.reports.document;

/**
 * Text as both documents' XML can carry it: the ledger stores any character but control
 * characters, while XML 1.0 also has no room for U+FFFE and U+FFFF (a parser would refuse the
 * whole report). Those few are shown as U+FFFD, so the reader sees that something was there.
 */
final class XmlText {

    private XmlText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
