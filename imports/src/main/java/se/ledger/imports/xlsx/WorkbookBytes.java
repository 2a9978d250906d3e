package se.ledger.imports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/** What kind of file the first bytes say an upload is, whatever its name or content type claims. */
public final class WorkbookBytes {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookBytes() {
    }

    /** An Office Open XML file (.xlsx) is a zip archive. */
    public static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    /** Excel 97–2003 (.xls) and other old Office files. */
    public static boolean isOldOffice(byte[] content) {
        return startsWith(content, OLE2);
    }

    /**
     * Whether the archive unpacks to at most {@code limit} bytes: POI holds a sheet in memory, and a small upload
     * may unpack to a great deal of XML. Counts what is really inflated, not what the entries claim.
     */
    public static boolean unpacksToAtMost(byte[] content, long limit) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            return true; // not the size: POI reports the damage when it opens the file
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
