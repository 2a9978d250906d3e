package se.ledger.command.web;

import static se.ledger.command.web.Requests.correction;
import static se.ledger.command.web.Requests.ifMatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.command.web.CommonRequests.CommentRequest;
import se.ledger.command.web.CommonRequests.MonthReportRequest;
import se.ledger.platform.Actor;
import se.ledger.platform.Roles;

/** Comments and month reports, the same for every kind of entity that takes them. */
@RestController
class NotesController {

    private final Map<String, Notes> kinds;
    private final CommandWriter writer;
    private final Existence existence;
    private final HttpServletRequest http;

    NotesController(List<Notes> kinds, CommandWriter writer, Existence existence, HttpServletRequest http) {
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(Notes::idVariable, Function.identity()));
        this.writer = writer;
        this.existence = existence;
        this.http = http;
    }

    /** One path per kind, each naming its id as the kind's own endpoints do (a bad id names that field). */
    @PostMapping({"/api/activities/{activityId}/comments", "/api/goals/{goalId}/comments",
            "/api/indicators/{indicatorId}/comments"})
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> comment(@PathVariable Map<String, String> ids, @Valid @RequestBody CommentRequest body) {
        return note(ids, body, body.corrects(), body.reason(), Notes::comment);
    }

    @PostMapping({"/api/activities/{activityId}/month-reports", "/api/goals/{goalId}/month-reports"})
    @PreAuthorize(Roles.MANAGER)
    ResponseEntity<WriteResult> monthReport(@PathVariable Map<String, String> ids,
            @Valid @RequestBody MonthReportRequest body) {
        return note(ids, body, body.corrects(), body.reason(), Notes::monthReport);
    }

    private <B> ResponseEntity<WriteResult> note(Map<String, String> ids, B body, String corrects, String reason,
            Function<Notes, Notes.Command<B>> command) {
        var named = ids.entrySet().iterator().next();
        var notes = kinds.get(named.getKey());
        String id = named.getValue();
        existence.require(notes.kind(), id);
        return writer.update(body, id, command.apply(notes).of(id, body, Actor.current(), correction(corrects, reason),
                ifMatch(http)));
    }
}
