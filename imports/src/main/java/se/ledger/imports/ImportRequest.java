package se.ledger.imports;

/**
 * A file to import.
 *
 * @param format       null: detected from the content
 * @param organisation required for a plan table, which does not name its organisation; ignored for CSV
 * @param year         for a plan table; null: the 4-digit year in the file name
 * @param plan         null: the file makes a new plan; otherwise a later version of the plan table this plan was
 *                     imported from, whose news are added to it (organisation and year are then the plan's)
 */
public record ImportRequest(String fileName, byte[] content, ImportFormat format, String organisation, Integer year,
        boolean dryRun, String plan) {

    public ImportRequest(String fileName, byte[] content, ImportFormat format, String organisation, Integer year,
            boolean dryRun) {
        this(fileName, content, format, organisation, year, dryRun, null);
    }

    /** The actor of every imported event: the file, since no person typed it. */
    public String actor() {
        return "import:" + fileName;
    }
}
