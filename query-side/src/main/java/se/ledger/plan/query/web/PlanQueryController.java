package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.events.EntityKind;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.ChangesView;
import se.ledger.plan.query.PlanViews.DecisionView;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PlanSummary;
import se.ledger.plan.query.PlanViews.PlanView;
import se.ledger.plan.query.PlanViews.PrognosesView;
import se.ledger.plan.query.api.FetchAuditTrail;
import se.ledger.plan.query.api.FetchChanges;
import se.ledger.plan.query.api.FetchDecisions;
import se.ledger.plan.query.api.FetchPlanHistory;
import se.ledger.plan.query.api.FetchPlanTrail;
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.plan.query.api.FindPlans;
import se.ledger.plan.query.web.ReadTime.ChangeWindow;
import se.ledger.plan.query.web.ReadTime.KnownAt;
import se.ledger.plan.query.web.ReadTime.TimeAxes;
import se.ledger.platform.NotFound;
import se.ledger.platform.Roles;

/**
 * The read API for dashboards and auditors. Time axes arrive as {@link ReadTime} arguments; the
 * tables are also CSV (Accept: text/csv, see {@link CsvConverter}).
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(Roles.READER)
class PlanQueryController {

    private final Ask ask;
    private final TimeParameters time;

    PlanQueryController(Ask ask, TimeParameters time) {
        this.ask = ask;
        this.time = time;
    }

    @GetMapping("/plans")
    List<PlanSummary> plans(KnownAt at) {
        return ask.query(new FindPlans(at.asOf()), multipleInstancesOf(PlanSummary.class));
    }

    @GetMapping("/plans/{planId}")
    PlanView plan(@PathVariable String planId, TimeAxes at) {
        return ask.query(new FindPlan(planId, at.asOf(), at.validAt()), instanceOf(PlanView.class));
    }

    @GetMapping("/plans/{planId}/history")
    HistoryView history(@PathVariable String planId, KnownAt at, @RequestParam(required = false) String year) {
        int shown = year == null && at.reportDate() != null ? at.reportDate().getYear() : time.year(year);
        return ask.query(new FetchPlanHistory(planId, shown, at.asOf()), instanceOf(HistoryView.class));
    }

    @GetMapping("/plans/{planId}/prognoses")
    PrognosesView prognoses(@PathVariable String planId, TimeAxes at) {
        return ask.query(new FetchPrognoses(planId, at.asOf(), at.validAt()), instanceOf(PrognosesView.class));
    }

    /** A plan's trail may take its goals', indicators' and activities' events too: see {@link TrailFilter}. */
    @GetMapping("/{kind}/{id}/events")
    List<AuditEvent> events(@PathVariable String kind, @PathVariable String id, KnownAt at,
            @RequestParam(required = false) String include, @RequestParam(name = "kind", required = false) String kinds) {
        EntityKind entityKind = kindOf(kind);
        var children = TrailFilter.kinds(entityKind, include, kinds);
        if (children.isPresent()) {
            return ask.query(new FetchPlanTrail(id, children.get(), at.asOf()), multipleInstancesOf(AuditEvent.class));
        }
        return ask.query(new FetchAuditTrail(entityKind, id), multipleInstancesOf(AuditEvent.class)).stream()
                .filter(e -> !e.recordedAt().isAfter(at.asOf())).toList();
    }

    @GetMapping("/plans/{planId}/changes")
    ChangesView changes(@PathVariable String planId, ChangeWindow window) {
        return ask.query(new FetchChanges(planId, window.from(), window.to(), window.validAt()),
                instanceOf(ChangesView.class));
    }

    @GetMapping("/plans/{planId}/decisions")
    List<DecisionView> decisions(@PathVariable String planId, KnownAt at) {
        return ask.query(new FetchDecisions(planId, at.asOf()), multipleInstancesOf(DecisionView.class));
    }

    private static EntityKind kindOf(String plural) {
        return switch (plural) {
            case "plans" -> EntityKind.PLAN;
            case "goals" -> EntityKind.GOAL;
            case "indicators" -> EntityKind.INDICATOR;
            case "activities" -> EntityKind.ACTIVITY;
            default -> throw new NotFound("Resursen", plural);
        };
    }
}
