package se.ledger.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reading what was uploaded: strictly UTF-8, and the year a file name carries. */
final class ImportText {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private ImportText() {
    }

    /**
     * A lenient decoder would turn every å, ä and ö of a Windows-1252 file into silent garbage in the
     * ledger, where nothing can be edited afterwards; better to refuse and name the line.
     */
    static String decode(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            throw new ImportRejected(fileName, List.of(new ImportProblem(lineAt(bytes, bad), null,
                    "Filen är inte UTF-8 (byte 0x" + Integer.toHexString(bytes[bad] & 0xff) + "): spara den som "
                            + "UTF-8, i Excel 'CSV UTF-8 (kommaavgränsad)'.")));
        }
    }

    /** The first 4-digit year in a name such as "vaggeryd-verksamhetsplan-2022-augusti.tsv". */
    static OptionalInt yearIn(String fileName) {
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
