package se.ledger.imports.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strict UTF-8: Swedish Excel's plain "CSV (semikolonavgränsad)" saves in Windows-1252, which a lenient decoder
 * would turn into silent garbage in every å, ä and ö. Better to refuse and say how to save the file.
 */
final class Utf8 {

    private Utf8() {
    }

    static String decode(String fileName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CsvImportException(fileName, List.of(new ParseProblem(lineAt(bytes, in.position()), null,
                    "filen är inte sparad som UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff)
                            + "), så å, ä och ö skulle bli fel: spara den som 'CSV UTF-8' i Excel")));
        }
        decoder.flush(out);
        return out.flip().toString();
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
