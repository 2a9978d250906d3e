package se.ledger.imports;

import java.time.Instant;
import java.util.List;

/**
 * What an import created, or in a dry run would create.
 *
 * @param events     events stored (or that would be)
 * @param position   global position of the last stored event, for the read side's minPosition; null in a dry
 *                   run and with Axon Server
 * @param importedAt when the content was first imported; null in a dry run
 * @param message    the outcome in words, for people
 * @param added      a follow-up import's additions per entity; null for an import that makes a plan
 */
public record ImportSummary(ImportOutcome outcome, String message, String fileName, String format, String sha256,
        String actor, List<String> planIds, ImportCounts counts, long events, Long position, Instant importedAt,
        List<FollowUpAddition> added) {

    public ImportSummary {
        planIds = List.copyOf(planIds);
        added = added == null ? null : List.copyOf(added);
    }

    public ImportSummary(ImportOutcome outcome, String message, String fileName, String format, String sha256,
            String actor, List<String> planIds, ImportCounts counts, long events, Long position, Instant importedAt) {
        this(outcome, message, fileName, format, sha256, actor, planIds, counts, events, position, importedAt, null);
    }

    /** The first import's summary, answered again for the same content. */
    public ImportSummary again(String requestedFileName) {
        return new ImportSummary(ImportOutcome.ALREADY_IMPORTED, "Samma innehåll importerades redan " + importedAt
                + " från " + fileName + "; inget nytt lagrades" + (requestedFileName.equals(fileName) ? "."
                : " (nu som " + requestedFileName + ")."), fileName, format, sha256, actor, planIds, counts, events,
                position, importedAt, added);
    }
}
