package se.ledger.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.AppendedEvents;
import se.ledger.command.BatchedAppends;
import se.ledger.command.Directory;
import se.ledger.command.EventPositions;
import se.ledger.command.RuleViolation;
import se.ledger.command.metrics.Timed;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.Sha256;
import se.ledger.platform.Vocabulary;

/**
 * Imports a file all or nothing: parse, translate to commands and send them all in one transaction, with
 * the import log row. The events, the directory rows written by the subscribing processor and the log row
 * commit together or not at all, and each command sees the uncommitted events of the ones before it. A dry
 * run does the same and rolls back, so every ledger rule is really checked but nothing is stored.
 */
@Component
public class PlanImporter {

    private final CommandGateway commands;
    private final AppendedEvents appended;
    private final BatchedAppends batches;
    private final TransactionTemplate transaction;
    private final Directory directory;
    private final ImportLog log;
    private final Optional<EventPositions> positions;
    private final Clock clock;
    private final FollowUpImporter followUps;
    private final Timed timed;

    PlanImporter(CommandGateway commands, AppendedEvents appended, BatchedAppends batches,
            TransactionTemplate transaction, Directory directory, ImportLog log, ObjectProvider<EventPositions> positions,
            Clock clock, FollowUpImporter followUps, Timed timed) {
        this.commands = commands;
        this.appended = appended;
        this.batches = batches;
        this.transaction = transaction;
        this.directory = directory;
        this.log = log;
        this.positions = Optional.ofNullable(positions.getIfAvailable());
        this.clock = clock;
        this.followUps = followUps;
        this.timed = timed;
    }

    /**
     * @throws ImportRejected the file cannot be interpreted (every problem listed)
     * @throws ImportRefused  a ledger rule refused a command from the file, or an id is in use
     * @throws InvalidInput   a plan table without the organisation, or the year, that the file does not say
     * @throws FollowUpContradicted a follow-up ({@link ImportRequest#plan()}) that contradicts its plan
     */
    public ImportSummary importFile(ImportRequest request) {
        return timed.record("ledger.import", "A file import, parse to commit (or rollback for a dry run)",
                () -> importNow(request), "kind", request.plan() != null ? "follow-up" : "plan",
                "dryRun", String.valueOf(request.dryRun()));
    }

    private ImportSummary importNow(ImportRequest request) {
        if (request.plan() != null) {
            return followUps.importOnto(request);
        }
        String sha256 = Sha256.hex(request.content());
        // the same bytes again: answered without parsing, whatever the parameters this time
        var earlier = log.find(sha256);
        if (earlier.isPresent()) {
            return earlier.get().again(request.fileName());
        }
        var parsed = ImportFiles.parse(request.fileName(), request.content(), request.format(), LocalDate.now(clock));
        ImportFormat format = parsed.format();
        List<ImportStep> steps;
        try {
            steps = translate(parsed, request);
        } catch (ImportRejected e) {
            throw parsed.located(e);
        }
        if (steps.isEmpty()) {
            throw new ImportRejected(request.fileName(), List.of(new ImportProblem(1, null, "Filen innehåller inget "
                    + "att importera: alla rader är tomma eller bortkommenterade med #.")));
        }
        try {
            return transaction.execute(tx -> {
                var first = request.dryRun() ? log.find(sha256) : log.claim(sha256, request.fileName(), format);
                if (first.isPresent()) {
                    return first.get().again(request.fileName());
                }
                int stored = batches.during(() -> appended.during(() -> {
                    // one query for every id the file creates; each step's check below then asks the database
                    // nothing
                    directory.kindsOf(steps.stream().filter(s -> s.kind().creation()).map(ImportStep::aggregateId)
                            .toList());
                    steps.forEach(this::send);
                })).size();
                var summary = summarise(request, format, sha256, steps, stored);
                if (request.dryRun()) {
                    tx.setRollbackOnly();
                } else {
                    log.complete(sha256, summary);
                }
                return summary;
            });
        } catch (ImportRefused e) {
            throw parsed.located(e);
        }
    }

    private static List<ImportStep> translate(ImportFiles.Parsed parsed, ImportRequest request) {
        if (parsed.sheet() != null) {
            return SpreadsheetTranslator.translate(parsed.sheet(), request.actor());
        }
        String organisation = request.organisation();
        if (organisation == null || organisation.isBlank() || Slugs.of(organisation).isEmpty()) {
            throw new InvalidInput("organisation", "krävs för en plantabell, som inte själv anger vilken "
                    + "organisation planen tillhör (t.ex. Vaggeryds kommun)");
        }
        return PlanTableTranslator.translate(parsed.table(), organisation, year(request), request.actor());
    }

    private static int year(ImportRequest request) {
        if (request.year() != null) {
            if (request.year() < 1900 || request.year() > 2200) {
                throw new InvalidInput("year", "ett årtal som 2022, inte " + request.year());
            }
            return request.year();
        }
        return ImportText.yearIn(request.fileName()).orElseThrow(() -> new InvalidInput("year",
                "krävs för en plantabell när filnamnet inte innehåller årtalet (t.ex. year=2022)"));
    }

    private void send(ImportStep step) {
        if (step.kind().creation()) {
            directory.kindOf(step.aggregateId()).ifPresent(kind -> {
                throw new ImportRefused(step.sourceLine(), "id", step.aggregateId(), "Id " + step.aggregateId()
                        + " används redan (" + Vocabulary.indefinite(kind) + "); inget i filen har lagrats.", true);
            });
        }
        send(commands, step);
    }

    /** Sends one command; a ledger rule's refusal names the file's line. */
    static void send(CommandGateway commands, ImportStep step) {
        try {
            commands.sendAndWait(step.command());
        } catch (RuntimeException e) {
            throw ruleViolation(e).map(rule -> new ImportRefused(step.sourceLine(), rule.field(), step.aggregateId(),
                    rule.getMessage(), false)).orElseThrow(() -> e);
        }
    }

    private static Optional<RuleViolation> ruleViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation rule) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private ImportSummary summarise(ImportRequest request, ImportFormat format, String sha256, List<ImportStep> steps,
            long stored) {
        List<String> plans = steps.stream().filter(s -> s.kind() == StepKind.PLAN).map(ImportStep::aggregateId)
                .toList();
        var counts = ImportCounts.of(steps);
        boolean dryRun = request.dryRun();
        Long position = dryRun ? null
                : positions.map(p -> p.lastOf(steps.get(steps.size() - 1).aggregateId())).orElse(null);
        String message = (dryRun ? "Provkörning: inget har lagrats. Importen skulle lagra " : "Importerat: ")
                + stored + " händelser om " + String.join(", ", plans) + ".";
        return new ImportSummary(dryRun ? ImportOutcome.DRY_RUN : ImportOutcome.IMPORTED, message,
                request.fileName(), format.parameter(), sha256, request.actor(), plans, counts, stored, position,
                dryRun ? null : clock.instant());
    }

}
