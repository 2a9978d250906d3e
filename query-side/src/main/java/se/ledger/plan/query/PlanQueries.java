package se.ledger.plan.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.ledger.events.PlanLevel;
import se.ledger.plan.query.PlanFacts.Shown;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.ChangesView;
import se.ledger.plan.query.PlanViews.DecisionView;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.OrganisationView;
import se.ledger.plan.query.PlanViews.PlanSummary;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.PrognosesView;
import se.ledger.plan.query.api.FetchAuditTrail;
import se.ledger.plan.query.api.FetchChanges;
import se.ledger.plan.query.api.FetchDecisions;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindOrganisations;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.plan.query.api.FindPlans;
import se.ledger.platform.NotFound;
import se.ledger.platform.Vocabulary;

/** Answers the read side's questions from the active generation of the projection. */
@Component
class PlanQueries {

    private final PlanFacts facts;
    private final ActivePlans plans;
    private final Clock clock;
    private final ChangeSources changeSources;

    PlanQueries(PlanFacts facts, ActivePlans plans, Clock clock, ChangeSources changeSources) {
        this.facts = facts;
        this.changeSources = changeSources;
        this.plans = plans;
        this.clock = clock;
    }

    @QueryHandler
    List<PlanSummary> handle(FindPlans query) {
        int g = plans.generation();
        return facts.plans(g, query.asOf()).entrySet().stream()
                .map(e -> new PlanSummary(e.getKey(), e.getValue().title(), e.getValue().organisation(),
                        e.getValue().periodStart(), e.getValue().periodEnd(), PlanLevel.orDefault(e.getValue().level())))
                .sorted(Organisations.ORDER)
                .toList();
    }

    @QueryHandler
    List<OrganisationView> handle(FindOrganisations query) {
        return Organisations.of(handle(new FindPlans(query.asOf())));
    }

    @QueryHandler
    PlanView handle(FindPlan query) {
        return PlanViewing.view(facts.reads(plans.generation()), query.planId(), query.asOf(), query.validAt(),
                LocalDate.now(clock));
    }

    @QueryHandler
    PrognosesView handle(FetchPrognoses query) {
        int g = plans.require(query.planId(), query.asOf());
        var snapshot = Snapshot.of(facts.at(g, query.planId(), query.asOf(), query.validAt(), Shown.ASSESSED),
                query.validAt());
        var assembler = new PlanAssembler(snapshot, facts.series(g, query.planId(), query.asOf(), query.validAt()),
                new CrossPlanGoals(facts.reads(g), query.asOf(), query.validAt()));
        return new PrognosesView(query.planId(), query.asOf(), query.validAt(), assembler.prognoses(), assembler.rule());
    }

    @QueryHandler
    HistoryView handle(FetchPlanHistory query) {
        int g = plans.require(query.planId(), query.asOf());
        var from = LocalDate.of(query.year(), 1, 1);
        var to = LocalDate.of(query.year(), 12, 31);
        var own = facts.during(g, query.planId(), query.asOf(), from, to, Shown.NO_COMMENTS);
        var otherPlans = OtherPlanFacts.during(facts, g, query.asOf(), from, to, Map.of(query.planId(), own));
        var grid = new HistoryGrid(own, facts.comments(g, query.planId(), query.asOf(), from, to),
                LocalDate.now(clock), date -> new CrossPlanGoals(otherPlans, date));
        return new HistoryView(query.planId(), query.year(), query.asOf(), grid.rows(query.year()));
    }

    @QueryHandler
    List<AuditEvent> handle(FetchAuditTrail query) {
        int g = plans.generation();
        if (facts.kindOf(g, query.id()).filter(query.kind()::equals).isEmpty()) {
            throw new NotFound(Vocabulary.definite(query.kind()), query.id());
        }
        return facts.trail(g, query.id()).stream().map(AuditEvent::of).toList();
    }

    @QueryHandler
    ChangesView handle(FetchChanges query) {
        int g = plans.require(query.planId(), query.to());
        var before = Snapshot.of(facts.at(g, query.planId(), query.from(), query.validAt(), Shown.ASSESSED),
                query.validAt());
        var after = Snapshot.of(facts.at(g, query.planId(), query.to(), query.validAt(), Shown.ASSESSED),
                query.validAt());
        return new ChangesView(query.planId(), query.from(), query.to(), query.validAt(),
                changeSources.explain(g, query, ChangeFinder.between(query.planId(), before, after)));
    }

    @QueryHandler
    List<DecisionView> handle(FetchDecisions query) {
        int g = plans.require(query.planId(), query.asOf());
        return facts.decisions(g, query.planId(), query.asOf()).stream()
                .map(e -> decision(e, FactValues.read(e.data(), FactValues.DecisionValue.class)))
                .toList();
    }

    private static DecisionView decision(LogRow event, FactValues.DecisionValue value) {
        return new DecisionView(event.eventId(), event.type(), value.decision(), event.recordedAt(), event.actor(),
                value.approvesReport());
    }
}
