package se.ledger.imports.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import se.ledger.platform.input.InputRules;

/** Reading what was uploaded: strictly UTF-8, without a byte order mark, and the year a file name carries. */
public final class ImportText {

    private static final int MAX_REPORTED = 20;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private ImportText() {
    }

    /** Excel and Notepad start UTF-8 files with a byte order mark; it is no part of the first cell. */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A lenient decoder would turn every å, ä and ö of a Windows-1252 file into silent garbage in the
     * ledger, where nothing can be edited afterwards; better to refuse and name the line.
     */
    public static String decode(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            throw new ImportRejected(fileName, List.of(new ImportProblem(lineAt(bytes, bad), null,
                    "Filen är inte UTF-8 (byte 0x" + Integer.toHexString(bytes[bad] & 0xff) + "), så å, ä och ö "
                            + "skulle bli fel: spara den som UTF-8, i Excel 'CSV UTF-8 (kommaavgränsad)'.")));
        }
    }

    /**
     * The same rule as for text sent to the API: an event must never hold a control character (NUL
     * stops PostgreSQL's JSON functions, the others no reader expects). Tab and newlines are layout.
     * Word exports carry page breaks (form feed) and manual line breaks (vertical tab): those are
     * layout too, so they become newlines instead of refusing the whole file.
     *
     * @return the text with form feeds and vertical tabs turned into newlines
     */
    public static String requirePlainText(String fileName, String content) {
        String text = content.replace('\f', '\n').replace('\u000B', '\n');
        var problems = new ArrayList<ImportProblem>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length() && problems.size() < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
            } else if (InputRules.isControl(c) || Character.isSurrogate(c) && !validPair(text, i)) {
                problems.add(new ImportProblem(line, null, "tecken " + column + " på raden är ett otillåtet styrtecken "
                        + "(U+" + String.format("%04X", (int) c) + "); ta bort det och importera igen."));
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
            column++;
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return text;
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** The first 4-digit year in a name such as "vaggeryd-verksamhetsplan-2022-augusti.tsv". */
    public static OptionalInt yearIn(String fileName) {
        var matcher = YEAR.matcher(fileName == null ? "" : fileName);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group())) : OptionalInt.empty();
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
