package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;

import java.util.ArrayList;
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
import se.ledger.plan.query.api.FetchPrognoses;
import se.ledger.plan.query.api.FindPlan;
import se.ledger.plan.query.api.FindPlans;
import se.ledger.platform.NotFound;
import se.ledger.platform.Roles;
import se.ledger.platform.Vocabulary;
import se.ledger.query.ProjectionProgress;

/** The read API for dashboards and auditors; tables also as CSV (Accept: text/csv). */
@RestController
@RequestMapping("/api")
@PreAuthorize(Roles.READER)
class PlanQueryController {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final Ask ask;
    private final TimeParameters time;
    private final ProjectionProgress progress;

    PlanQueryController(Ask ask, TimeParameters time, ProjectionProgress progress) {
        this.ask = ask;
        this.time = time;
        this.progress = progress;
    }

    @GetMapping("/plans")
    List<PlanSummary> plans(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FindPlans(time.instant("asOf", asOf)), multipleInstancesOf(PlanSummary.class));
    }

    @GetMapping("/plans/{planId}")
    PlanView plan(@PathVariable String planId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String validAt, @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FindPlan(planId, time.instant("asOf", asOf), time.date("validAt", validAt)),
                instanceOf(PlanView.class));
    }

    @GetMapping("/plans/{planId}/history")
    HistoryView history(@PathVariable String planId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FetchPlanHistory(planId, time.year(year), time.instant("asOf", asOf)),
                instanceOf(HistoryView.class));
    }

    @GetMapping(value = "/plans/{planId}/history", produces = CSV)
    String historyCsv(@PathVariable String planId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String minPosition) {
        var history = history(planId, year, asOf, minPosition);
        var csv = new Csv();
        var header = new ArrayList<Object>(List.of("typ", "id", "titel"));
        history.rows().stream().findFirst().ifPresent(r -> r.months().forEach(m -> {
            header.add(m.month() + " status");
            header.add(m.month() + " markering");
            header.add(m.month() + " kommentarer");
        }));
        csv.row(header);
        for (var row : history.rows()) {
            var cells = new ArrayList<Object>(List.of(row.kind().equals("goal") ? "mål" : "aktivitet", row.id(),
                    row.title()));
            for (var m : row.months()) {
                cells.add(row.kind().equals("goal") ? (m.prognosis() == null ? null : Vocabulary.label(m.prognosis()))
                        : m.statusLabel());
                cells.add(m.markSymbol());
                cells.add(String.join(" | ", m.comments()));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    @GetMapping("/plans/{planId}/prognoses")
    PrognosesView prognoses(@PathVariable String planId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String validAt, @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FetchPrognoses(planId, time.instant("asOf", asOf), time.date("validAt", validAt)),
                instanceOf(PrognosesView.class));
    }

    @GetMapping(value = "/plans/{planId}/prognoses", produces = CSV)
    String prognosesCsv(@PathVariable String planId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String validAt, @RequestParam(required = false) String minPosition) {
        var csv = new Csv().row("mål", "titel", "beräknad", "angiven", "motivering", "avviker", "skäl");
        for (var p : prognoses(planId, asOf, validAt, minPosition).prognoses()) {
            csv.row(p.goalId(), p.title(), p.computed() == null ? null : Vocabulary.label(p.computed()),
                    p.stated() == null ? null : Vocabulary.label(p.stated()), p.motivation(), p.differs() ? "ja" : "nej",
                    String.join(" | ", p.reasons().stream().map(r -> r.assessment() + ": " + r.text()).toList()));
        }
        return csv.toString();
    }

    @GetMapping("/{kind}/{id}/events")
    List<AuditEvent> events(@PathVariable String kind, @PathVariable String id,
            @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FetchAuditTrail(kindOf(kind), id), multipleInstancesOf(AuditEvent.class));
    }

    @GetMapping(value = "/{kind}/{id}/events", produces = CSV)
    String eventsCsv(@PathVariable String kind, @PathVariable String id,
            @RequestParam(required = false) String minPosition) {
        var csv = new Csv().row("händelse", "typ", "gäller från", "registrerad", "av", "rättar", "skäl", "rättad av",
                "data");
        for (var e : events(kind, id, minPosition)) {
            csv.row(e.eventId(), e.type(), e.effectiveDate(), e.recordedAt(), e.actor(), e.corrects(),
                    e.correctionReason(), e.correctedBy(), e.data());
        }
        return csv.toString();
    }

    @GetMapping("/plans/{planId}/changes")
    ChangesView changes(@PathVariable String planId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        var end = time.instant("to", to);
        var validDate = validAt == null ? time.dateAt(end) : time.date("validAt", validAt);
        return ask.query(new FetchChanges(planId, time.required("from", from), end, validDate),
                instanceOf(ChangesView.class));
    }

    @GetMapping(value = "/plans/{planId}/changes", produces = CSV)
    String changesCsv(@PathVariable String planId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String minPosition) {
        var csv = new Csv().row("typ", "id", "fält", "före", "efter");
        for (var c : changes(planId, from, to, validAt, minPosition).changes()) {
            csv.row(c.kind(), c.id(), c.field(), c.before(), c.after());
        }
        return csv.toString();
    }

    @GetMapping("/plans/{planId}/decisions")
    List<DecisionView> decisions(@PathVariable String planId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String minPosition) {
        progress.await(time.position(minPosition));
        return ask.query(new FetchDecisions(planId, time.instant("asOf", asOf)), multipleInstancesOf(DecisionView.class));
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
