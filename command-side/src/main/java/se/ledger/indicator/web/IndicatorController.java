package se.ledger.indicator.web;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import se.ledger.events.IndicatorId;
import se.ledger.indicator.command.DefineIndicator;
import se.ledger.indicator.command.RecordMeasurement;
import se.ledger.indicator.command.ReviseIndicatorTarget;
import se.ledger.indicator.web.IndicatorRequests.DefineIndicatorRequest;
import se.ledger.indicator.web.IndicatorRequests.MeasurementRequest;
import se.ledger.indicator.web.IndicatorRequests.TargetRevisionRequest;
import se.ledger.command.web.DecisionBody;
import se.ledger.platform.Actor;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.Roles;

@RestController
class IndicatorController {

    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    IndicatorController(CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    @PostMapping("/api/goals/{goalId}/indicators")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> define(@PathVariable String goalId, @Valid @RequestBody DefineIndicatorRequest body) {
        existence.require(EntityKind.GOAL, goalId);
        var baseline = body.baseline() == null ? null : body.baseline().toBaseline();
        String id = existence.idFor(EntityKind.INDICATOR, body.corrects(), body.id());
        return writer.define(body, id, new DefineIndicator(new IndicatorId(id), new GoalId(goalId), body.name(),
                body.unit(), baseline, body.target().toTarget(), body.source(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)), "/api/indicators/" + id);
    }

    @PostMapping("/api/indicators/{indicatorId}/measurements")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> measure(@PathVariable String indicatorId, @Valid @RequestBody MeasurementRequest body) {
        existence.require(EntityKind.INDICATOR, indicatorId);
        boolean noNewData = Boolean.TRUE.equals(body.noNewData());
        if (noNewData == (body.value() != null)) {
            throw new InvalidInput("value", "ange antingen value (ett tal) eller noNewData: true");
        }
        return writer.update(body, indicatorId, new RecordMeasurement(new IndicatorId(indicatorId), body.value(),
                noNewData, body.unit(), body.comment(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http)));
    }

    @PostMapping("/api/indicators/{indicatorId}/target-revisions")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> revise(@PathVariable String indicatorId,
            @Valid @RequestBody TargetRevisionRequest body) {
        existence.require(EntityKind.INDICATOR, indicatorId);
        return writer.update(body, indicatorId, new ReviseIndicatorTarget(new IndicatorId(indicatorId),
                body.target().toTarget(), DecisionBody.toRef(body.decision()), body.reason(), body.effectiveDate(),
                Actor.current(), correction(body.corrects(), body.reason()), ifMatch(http)));
    }
}
