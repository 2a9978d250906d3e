package se.ledger.activity.web;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.activity.command.ChangeActivityStatus;
import se.ledger.activity.command.PlanActivity;
import se.ledger.activity.command.ReassignActivity;
import se.ledger.activity.command.RescheduleActivity;
import se.ledger.activity.web.ActivityRequests.PlanActivityRequest;
import se.ledger.activity.web.ActivityRequests.ReassignmentRequest;
import se.ledger.activity.web.ActivityRequests.ReschedulingRequest;
import se.ledger.activity.web.ActivityRequests.StatusRequest;
import se.ledger.command.web.CommandWriter;
import se.ledger.command.web.Existence;
import se.ledger.command.web.WriteResult;
import se.ledger.events.ActivityId;
import se.ledger.events.EntityKind;
import se.ledger.events.GoalId;
import se.ledger.events.PlanId;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

@RestController
class ActivityController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    ActivityController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    @PostMapping("/api/plans/{planId}/activities")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> plan(@PathVariable String planId, @Valid @RequestBody PlanActivityRequest body) {
        existence.require(EntityKind.PLAN, planId);
        var goals = body.goalIds().stream().map(GoalId::new).toList();
        var partners = body.partners() == null ? List.<String>of() : body.partners();
        String id = existence.idFor(EntityKind.ACTIVITY, body.corrects(), body.id());
        return writer.define(body, id, new PlanActivity(new ActivityId(id), new PlanId(planId), goals, body.title(),
                body.description(), body.responsible().toResponsible(), partners, body.start(), body.end(),
                body.desiredState(), body.effectiveDate(), Actor.current(), correction(body.corrects(), body.reason()),
                ifMatch(http)), "/api/activities/" + id);
    }

    @PostMapping("/api/activities/{activityId}/status")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> status(@PathVariable String activityId, @Valid @RequestBody StatusRequest body) {
        existence.require(EntityKind.ACTIVITY, activityId);
        return writer.update(body, activityId, new ChangeActivityStatus(new ActivityId(activityId), body.status(),
                body.explanation(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }

    @PostMapping("/api/activities/{activityId}/reschedulings")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> reschedule(@PathVariable String activityId,
            @Valid @RequestBody ReschedulingRequest body) {
        existence.require(EntityKind.ACTIVITY, activityId);
        return writer.update(body, activityId, new RescheduleActivity(new ActivityId(activityId), body.start(),
                body.end(), body.reason(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }

    @PostMapping("/api/activities/{activityId}/reassignments")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> reassign(@PathVariable String activityId,
            @Valid @RequestBody ReassignmentRequest body) {
        existence.require(EntityKind.ACTIVITY, activityId);
        return writer.update(body, activityId, new ReassignActivity(new ActivityId(activityId),
                body.responsible().toResponsible(), body.reason(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }
}
