package se.ledger.goal.web;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.web.CommandWriter;
import se.ledger.command.web.Existence;
import se.ledger.command.web.WriteResult;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.goal.command.DefineGoal;
import se.ledger.goal.command.GoalTexts;
import se.ledger.goal.command.ReviseGoal;
import se.ledger.goal.command.StateGoalPrognosis;
import se.ledger.goal.web.GoalRequests.DefineGoalRequest;
import se.ledger.goal.web.GoalRequests.PrognosisRequest;
import se.ledger.goal.web.GoalRequests.ReviseGoalRequest;
import se.ledger.command.web.DecisionBody;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

@RestController
class GoalController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    GoalController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    @PostMapping("/api/plans/{planId}/goals")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> define(@PathVariable String planId, @Valid @RequestBody DefineGoalRequest body) {
        existence.require(EntityKind.PLAN, planId);
        var parent = body.parentGoalId() == null ? null : new GoalId(body.parentGoalId());
        String id = existence.idFor(EntityKind.GOAL, body.corrects(), body.id());
        return writer.define(body, id, new DefineGoal(new GoalId(id), new PlanId(planId), parent, body.title(),
                body.area(), Boolean.TRUE.equals(body.direction()), orEmpty(body.sdgs()),
                orEmpty(body.desiredEffects()), body.ambition(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http),
                texts(body.contributesTo(), body.purpose(), body.strategies(), body.risks())), "/api/goals/" + id);
    }

    @PostMapping("/api/goals/{goalId}/revisions")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> revise(@PathVariable String goalId, @Valid @RequestBody ReviseGoalRequest body) {
        existence.require(EntityKind.GOAL, goalId);
        return writer.update(body, goalId, new ReviseGoal(new GoalId(goalId), body.title(), body.ambition(),
                DecisionBody.toRef(body.decision()), body.reason(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http),
                texts(body.contributesTo(), body.purpose(), body.strategies(), body.risks()), body.validTo()));
    }

    @PostMapping("/api/goals/{goalId}/prognoses")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> prognosis(@PathVariable String goalId, @Valid @RequestBody PrognosisRequest body) {
        existence.require(EntityKind.GOAL, goalId);
        return writer.update(body, goalId, new StateGoalPrognosis(new GoalId(goalId), body.prognosis(),
                body.motivation(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }

    /** The goal's texts as given; a missing list stays null (none, or unchanged in a revision). */
    private static GoalTexts texts(List<String> contributesTo, String purpose, List<String> strategies,
            List<String> risks) {
        return new GoalTexts(contributesTo == null ? null : orEmpty(contributesTo).stream().distinct()
                .map(GoalId::new).toList(), purpose, strategies == null ? null : orEmpty(strategies),
                risks == null ? null : orEmpty(risks));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
