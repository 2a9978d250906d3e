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
import se.ledger.indicator.command.ReviseIndicator;
import se.ledger.indicator.command.ReviseIndicatorTarget;
import se.ledger.indicator.web.IndicatorRequests.DefineIndicatorRequest;
import se.ledger.indicator.web.IndicatorRequests.KoladaBody;
import se.ledger.indicator.web.IndicatorRequests.MeasurementRequest;
import se.ledger.indicator.web.IndicatorRequests.RevisionRequest;
import se.ledger.indicator.web.IndicatorRequests.YearTargetBody;
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
        var target = body.target() == null ? null : body.target().toTarget();
        String id = existence.idFor(EntityKind.INDICATOR, body.corrects(), body.id());
        return writer.define(body, id, new DefineIndicator(new IndicatorId(id), new GoalId(goalId), body.name(),
                body.unit(), baseline, target, body.source(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http), body.kind(),
                YearTargetBody.toList(body.targets()), KoladaBody.toRef(body.kolada())), "/api/indicators/" + id);
    }

    @PostMapping("/api/indicators/{indicatorId}/measurements")
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> measure(@PathVariable String indicatorId, @Valid @RequestBody MeasurementRequest body) {
        existence.require(EntityKind.INDICATOR, indicatorId);
        boolean noNewData = Boolean.TRUE.equals(body.noNewData());
        boolean judged = body.assessment() != null;
        if ((noNewData ? 1 : 0) + (body.value() != null ? 1 : 0) + (judged ? 1 : 0) != 1) {
            throw new InvalidInput("value", "ange exakt ett av: value (ett tal), noNewData: true eller assessment"
                    + " (ON_COURSE, AT_RISK eller OFF_COURSE) med text");
        }
        if (judged && (body.text() == null || body.text().isBlank())) {
            throw new InvalidInput("text", "en kvalitativ bedömning motiveras med en text");
        }
        if (judged && body.comment() != null) {
            throw new InvalidInput("comment", "en kvalitativ bedömning har sin text i text, inte i comment");
        }
        if (!judged && body.text() != null) {
            throw new InvalidInput("text", "text hör till en kvalitativ bedömning (assessment); använd comment");
        }
        return writer.update(body, indicatorId, new RecordMeasurement(new IndicatorId(indicatorId), body.value(),
                noNewData, body.unit(), judged ? body.text() : body.comment(), body.effectiveDate(), Actor.current(),
                correction(body.corrects(), body.reason()), ifMatch(http), body.assessment()));
    }

    @PostMapping("/api/indicators/{indicatorId}/revisions")
    @PreAuthorize(Roles.ADMIN)
    ResponseEntity<WriteResult> retireOrRetarget(@PathVariable String indicatorId,
            @Valid @RequestBody RevisionRequest body) {
        existence.require(EntityKind.INDICATOR, indicatorId);
        return writer.update(body, indicatorId, new ReviseIndicator(new IndicatorId(indicatorId), body.validTo(),
                YearTargetBody.toList(body.targets()), DecisionBody.toRef(body.decision()), body.reason(),
                body.effectiveDate(), Actor.current(), correction(body.corrects(), body.reason()), ifMatch(http),
                KoladaBody.toRef(body.kolada())));
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
