package se.ledger.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.BatchedAppends;
import se.ledger.command.Directory;
import se.ledger.command.EventPositions;
import se.ledger.command.PlanPeriod;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;
import se.ledger.imports.text.ImportRejected;
import se.ledger.imports.text.ImportText;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.NotFound;
import se.ledger.platform.Sha256;

/**
 * Imports a later version of a plan table onto the plan it was imported as (docs/follow-up-import.md): only
 * what the plan lacks is sent, all or nothing, and a file that contradicts the plan is refused whole.
 */
@Component
class FollowUpImporter {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Directory directory;
    private final PlanContentsReader contents;
    private final ImportLog log;
    private final Optional<EventPositions> positions;
    private final Clock clock;
    private final BatchedAppends batches;

    FollowUpImporter(CommandGateway commands, TransactionTemplate transaction, Directory directory,
            PlanContentsReader contents, ImportLog log, ObjectProvider<EventPositions> positions, Clock clock,
            BatchedAppends batches) {
        this.commands = commands;
        this.transaction = transaction;
        this.directory = directory;
        this.contents = contents;
        this.log = log;
        this.positions = Optional.ofNullable(positions.getIfAvailable());
        this.clock = clock;
        this.batches = batches;
    }

    /**
     * @throws FollowUpContradicted the file contradicts the plan
     * @throws ImportRejected       the file cannot be interpreted
     * @throws ImportRefused        a ledger rule refused a command of the follow-up
     */
    ImportSummary importOnto(ImportRequest request) {
        var plan = new PlanId(request.plan().strip());
        if (directory.kindOf(plan.value()).filter(kind -> kind == EntityKind.PLAN).isEmpty()) {
            throw new NotFound("Planen", plan.value());
        }
        int year = directory.periodOf(plan).map(PlanPeriod::start).orElseThrow().getYear();
        // the table's months are read as the plan's year: a table of another year would be misfiled
        int named = request.year() != null ? request.year() : ImportText.yearIn(request.fileName()).orElse(year);
        if (named != year) {
            throw new InvalidInput("year", "uppföljningen gäller " + named + " men planen " + plan.value() + " gäller "
                    + year);
        }
        var parsed = ImportFiles.parse(request.fileName(), request.content(), request.format(), LocalDate.now(clock));
        if (parsed.format() != ImportFormat.PLAN_TABLE) {
            throw new InvalidInput("plan", "en uppföljning på en befintlig plan importeras som plantabell, inte som "
                    + "kalkylark (som i stället rättas eller kompletteras i liggaren)");
        }
        String sha256 = Sha256.hex(request.content());
        // one log row per file and plan; its insert makes a second, concurrent import of it wait for the first
        String key = Sha256.hex(plan.value() + "\n" + sha256);
        return transaction.execute(tx -> {
            if (!request.dryRun()) {
                log.claim(key, request.fileName(), parsed.format());
            }
            var delta = PlanDelta.of(parsed.table(), contents.read(plan), year, request.actor());
            if (!delta.contradictions().isEmpty()) {
                throw new FollowUpContradicted(request.fileName(), plan.value(), delta.contradictions());
            }
            if (delta.steps().isEmpty()) {
                tx.setRollbackOnly();
                return summary(request, plan, sha256, delta, ImportOutcome.ALREADY_IMPORTED, null);
            }
            batches.during(() -> {
                delta.steps().forEach(step -> PlanImporter.send(commands, step));
                return null;
            });
            if (request.dryRun()) {
                tx.setRollbackOnly();
                return summary(request, plan, sha256, delta, ImportOutcome.DRY_RUN, null);
            }
            String last = delta.steps().get(delta.steps().size() - 1).aggregateId();
            var summary = summary(request, plan, sha256, delta, ImportOutcome.IMPORTED,
                    positions.map(p -> p.lastOf(last)).orElse(null));
            log.complete(key, summary);
            return summary;
        });
    }

    private ImportSummary summary(ImportRequest request, PlanId plan, String sha256, PlanDelta.Result delta,
            ImportOutcome outcome, Long position) {
        // each command of a follow-up stores exactly one event
        int stored = delta.steps().size();
        var counts = ImportCounts.of(delta.steps());
        String message = switch (outcome) {
            case ALREADY_IMPORTED -> "Inget nytt: allt i filen finns redan i planen " + plan.value()
                    + "; inget har lagrats.";
            case DRY_RUN -> "Provkörning: inget har lagrats. Uppföljningen skulle lägga till " + what(counts)
                    + " i planen " + plan.value() + ".";
            case IMPORTED -> "Uppföljning importerad: " + what(counts) + " tillagda i planen " + plan.value() + ".";
        };
        return new ImportSummary(outcome, message, request.fileName(), ImportFormat.PLAN_TABLE.parameter(), sha256,
                request.actor(), List.of(plan.value()), counts, stored, position,
                outcome == ImportOutcome.IMPORTED ? clock.instant() : null, delta.added());
    }

    private static String what(ImportCounts counts) {
        return counts.monthReports() + " månadsmarkeringar och " + counts.comments() + " statustexter";
    }
}
