package se.ledger.imports.kolada;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.command.BatchedAppends;
import se.ledger.command.Directory;
import se.ledger.command.EffectiveDates;
import se.ledger.command.EventPositions;
import se.ledger.command.RuleViolation;
import se.ledger.events.EntityKind;
import se.ledger.events.KoladaRef;
import se.ledger.events.PlanId;
import se.ledger.imports.kolada.KoladaIndicators.Connected;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.platform.NotFound;

/**
 * Imports a plan's values from Kolada all or nothing: every connected indicator's values are fetched and
 * checked first, then what is new is sent in one transaction. A plan is imported by one import at a time
 * (an advisory lock), so two imports at once cannot both store the same new value.
 */
@Component
public class KoladaImport {

    private final KoladaClient kolada;
    private final KoladaIndicators indicators;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final BatchedAppends batches;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Optional<EventPositions> positions;
    private final Clock clock;

    KoladaImport(KoladaClient kolada, KoladaIndicators indicators, CommandGateway commands,
            TransactionTemplate transaction, BatchedAppends batches, Directory directory, JdbcClient jdbc,
            ObjectProvider<EventPositions> positions, Clock clock) {
        this.kolada = kolada;
        this.indicators = indicators;
        this.commands = commands;
        this.transaction = transaction;
        this.batches = batches;
        this.directory = directory;
        this.jdbc = jdbc;
        this.positions = Optional.ofNullable(positions.getIfAvailable());
        this.clock = clock;
    }

    /**
     * @throws NotFound     no such plan
     * @throws KoladaFailure Kolada could not be read for one of the indicators: nothing stored
     */
    public KoladaImportSummary importPlan(String planId) {
        var plan = new PlanId(planId);
        if (directory.kindOf(planId).filter(kind -> kind == EntityKind.PLAN).isEmpty()) {
            throw new NotFound("Planen", planId);
        }
        Instant fetchedAt = clock.instant();
        var fetched = new LinkedHashMap<KoladaRef, List<KoladaValue>>();
        for (Connected indicator : indicators.of(plan)) {
            if (!fetched.containsKey(indicator.kolada())) {
                fetched.put(indicator.kolada(), fetch(indicator));
            }
        }
        return transaction.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("kolada-import:" + planId)
                    .query((rs, n) -> 1).list();
            var delta = KoladaDelta.of(indicators.of(plan), fetched, EffectiveDates.periodOf(plan, directory),
                    LocalDate.now(clock));
            batches.during(() -> {
                delta.commands().forEach(this::send);
                return null;
            });
            Long position = delta.commands().isEmpty() ? null : positions.map(p -> p.lastOf(
                    delta.commands().get(delta.commands().size() - 1).indicatorId().value())).orElse(null);
            return KoladaImportSummary.of(planId, fetchedAt, delta.indicators(), position);
        });
    }

    /** The plans with indicators connected to Kolada: what the schedule imports. */
    List<String> connectedPlans() {
        return indicators.plans().stream().filter(plan -> !indicators.of(new PlanId(plan)).isEmpty()).toList();
    }

    private List<KoladaValue> fetch(Connected indicator) {
        try {
            return kolada.values(indicator.kolada());
        } catch (KoladaFailure e) {
            throw e.about(indicator.indicatorId());
        }
    }

    private void send(RecordMeasurement command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolation rule) {
                    throw new RuleViolation(rule.field(), "Nyckeltalet " + command.indicatorId() + ", värdet för "
                            + command.effectiveDate().getYear() + " från Kolada: " + rule.getMessage()
                            + " Inget har lagrats.");
                }
            }
            throw e;
        }
    }
}
