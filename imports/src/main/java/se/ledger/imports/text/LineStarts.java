package se.ledger.imports.text;

import java.util.Arrays;

/** Which line a character of the file is on, counting CRLF, LF and a lone CR each as one line break. */
public final class LineStarts {

    private final int[] starts;

    public LineStarts(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** 1-based line of the character at {@code position}. */
    public int lineAt(int position) {
        int index = Arrays.binarySearch(starts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
