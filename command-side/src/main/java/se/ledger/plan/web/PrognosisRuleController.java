package se.ledger.plan.web;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.web.CommandWriter;
import se.ledger.command.web.DecisionBody;
import se.ledger.command.web.Existence;
import se.ledger.command.web.WriteResult;
import se.ledger.events.EntityKind;
import se.ledger.events.PlanId;
import se.ledger.plan.command.SetPrognosisRule;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

/** A plan's own parameters of the computed prognosis (docs/measures-and-prognosis.md). */
@RestController
class PrognosisRuleController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    PrognosisRuleController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    public record PrognosisRuleRequest(
            @NotNull Boolean activitiesMayLower,
            @NotNull BigDecimal notMetShare,
            @NotNull DecisionBody decision,
            @NotBlank @Size(max = 4000) String reason,
            String corrects) {
    }

    @PostMapping("/api/plans/{planId}/prognosis-rule")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> set(@PathVariable String planId, @Valid @RequestBody PrognosisRuleRequest body) {
        existence.require(EntityKind.PLAN, planId);
        return writer.update(body, planId, new SetPrognosisRule(new PlanId(planId), body.activitiesMayLower(),
                body.notMetShare(), body.decision().toRef(), body.reason(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }
}
