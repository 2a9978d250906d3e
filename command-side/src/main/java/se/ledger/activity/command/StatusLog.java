package se.ledger.activity.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.ledger.command.SnapshotState;
import se.ledger.events.ActivityStatus;

/**
 * The activity's statuses by effective date. The current status is the one with the latest
 * effective date that no correction has superseded; a back-dated report does not overtake it.
 */
@SnapshotState
final class StatusLog {

    private record Entry(String eventId, LocalDate effectiveDate, ActivityStatus status, int order) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void record(String eventId, LocalDate effectiveDate, ActivityStatus status, String supersedes) {
        if (supersedes != null) {
            entries.removeIf(e -> e.eventId().equals(supersedes));
        }
        entries.add(new Entry(eventId, effectiveDate, status, entries.size()));
    }

    ActivityStatus current() {
        return entries.stream()
                .max(Comparator.comparing(Entry::effectiveDate).thenComparing(Entry::order))
                .map(Entry::status)
                .orElse(ActivityStatus.NOT_STARTED);
    }
}
