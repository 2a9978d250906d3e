package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.ledger.plan.query.PlanViews.Change;
import se.ledger.plan.query.api.FetchChanges;

/**
 * Who, when and why for each change between two instants: the actor, recorded time, effective
 * date and correction reason of the event behind it. A value that disappeared was taken away by
 * the correction that superseded its event, when there is one. Comments added in the window are
 * listed as added, one each, never as one replacing another.
 */
@Component
class ChangeSources {

    private final AuditFacts audit;

    ChangeSources(AuditFacts audit) {
        this.audit = audit;
    }

    List<Change> explain(int generation, FetchChanges query, List<Change> changes) {
        var ids = changes.stream().map(Change::eventId).filter(Objects::nonNull).distinct().toList();
        Map<String, LogRow> events = byId(audit.sources(generation, ids));
        var superseding = events.values().stream().map(LogRow::correctedBy).filter(Objects::nonNull).toList();
        events.putAll(byId(audit.sources(generation, superseding)));
        var explained = new ArrayList<Change>();
        for (Change change : changes) {
            LogRow source = events.get(change.eventId());
            if (ChangeFinder.REMOVED.equals(change.change()) && source != null && source.correctedBy() != null) {
                source = events.get(source.correctedBy());
            }
            explained.add(change.by(source));
        }
        explained.addAll(comments(generation, query));
        return explained;
    }

    private List<Change> comments(int generation, FetchChanges query) {
        var comments = new ArrayList<Change>();
        var added = audit.commentsRecorded(generation, query.planId(), query.from(), query.to());
        Map<String, LogRow> corrected = byId(audit.events(generation,
                added.stream().map(LogRow::corrects).filter(Objects::nonNull).toList()));
        for (LogRow comment : added) {
            if (comment.effectiveDate().isAfter(query.validAt())) {
                continue;
            }
            LogRow earlier = comment.corrects() == null ? null : corrected.get(comment.corrects());
            JsonNode before = earlier == null ? null : dated(earlier);
            comments.add(new Change(kindOf(comment), comment.entityId(), "comment", before, dated(comment),
                    earlier == null ? ChangeFinder.ADDED : ChangeFinder.CHANGED, null, null, null, null, null)
                    .by(comment));
        }
        return comments;
    }

    /** A comment as the pages show one: its text and the date it speaks of. */
    private static JsonNode dated(LogRow comment) {
        var node = ((ObjectNode) comment.value()).deepCopy();
        node.put("effectiveDate", comment.effectiveDate().toString());
        return node;
    }

    private static String kindOf(LogRow row) {
        return row.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, LogRow> byId(List<LogRow> rows) {
        var map = new HashMap<String, LogRow>();
        rows.forEach(r -> map.put(r.eventId(), r));
        return map;
    }
}
