package se.ledger.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.web.CommandWriter;
import se.ledger.command.web.DecisionBody;
import se.ledger.command.web.Existence;
import se.ledger.command.web.WriteResult;
import se.ledger.events.DecisionRef;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;
import se.ledger.plan.command.AdoptPlan;
import se.ledger.plan.command.RecordDecision;
import se.ledger.plan.command.RegisterPlan;
import se.ledger.plan.web.PlanRequests.AdoptionRequest;
import se.ledger.plan.web.PlanRequests.DecisionRequest;
import se.ledger.plan.web.PlanRequests.RegisterPlanRequest;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.idOrNew;
import static se.ledger.command.web.Requests.ifMatch;

@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    PlanController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    @PostMapping
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterPlanRequest body) {
        String id = existence.idFor(EntityKind.PLAN, body.corrects(), body.id());
        return writer.define(body, id, new RegisterPlan(new PlanId(id), body.organisation(), body.title(),
                body.periodStart(), body.periodEnd(), Actor.current(), correction(body.corrects(), body.reason()),
                ifMatch(http), body.level()), "/api/plans/" + id);
    }

    @PostMapping("/{planId}/adoptions")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> adopt(@PathVariable String planId, @Valid @RequestBody AdoptionRequest body) {
        existence.require(EntityKind.PLAN, planId);
        return writer.update(body, planId, new AdoptPlan(new PlanId(planId), body.decision().toRef(),
                Actor.current(), correction(body.corrects(), body.reason()), ifMatch(http)));
    }

    @PostMapping("/{planId}/decisions")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> decide(@PathVariable String planId, @Valid @RequestBody DecisionRequest body) {
        existence.require(EntityKind.PLAN, planId);
        String decisionId = idOrNew(body.id());
        var decision = new DecisionRef(decisionId, body.body(), body.date(), body.paragraph(), body.subject());
        return writer.decide(body, planId, new RecordDecision(new PlanId(planId), decision,
                Actor.current(), correction(body.corrects(), body.reason()), ifMatch(http), body.approvesReport()),
                decisionId);
    }
}
