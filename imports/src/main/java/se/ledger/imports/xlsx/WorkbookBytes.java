package se.ledger.imports.xlsx;

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
