package se.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.ledger.bench.data.Directory;
import se.ledger.bench.data.PlanGenerator;
import se.ledger.bench.data.StoredEvent;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;

class OpenActivitiesTest {

    @Test
    void writersGetDistinctActivitiesWhoseLastStatusIsOnTrack() {
        var events = new java.util.ArrayList<StoredEvent>();
        new PlanGenerator().plan(0, events::add, Directory.NONE);
        new PlanGenerator().plan(1, events::add, Directory.NONE);
        Map<String, ActivityStatus> last = events.stream().filter(e -> e.payload() instanceof ActivityStatusChanged)
                .collect(Collectors.toMap(StoredEvent::aggregateId,
                        e -> ((ActivityStatusChanged) e.payload()).status(), (a, b) -> b));
        List<String> all = OpenActivities.forWriters(8, 40, 2, 0).stream().flatMap(List::stream).toList();
        assertThat(new HashSet<>(all)).hasSize(all.size());
        assertThat(all).allSatisfy(a -> assertThat(last.get(a)).isEqualTo(ActivityStatus.ON_TRACK));
        assertThat(OpenActivities.activity(0, 2)).isEqualTo(PlanGenerator.openActivity(0));
    }
}
