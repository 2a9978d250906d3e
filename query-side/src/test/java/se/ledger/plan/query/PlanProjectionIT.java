package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityPlanned;
import se.ledger.events.ActivityStatus;
import se.ledger.events.ActivityStatusChanged;
import se.ledger.events.Correction;
import se.ledger.events.GoalId;
import se.ledger.events.LedgerEvent;
import se.ledger.events.PlanId;
import se.ledger.events.Responsible;
import se.ledger.platform.test.TestDatabase;
import se.ledger.query.QuerySideApplication;

/** The projection fed directly, on a real PostgreSQL, without the event store in between. */
@SpringBootTest(classes = QuerySideApplication.class)
@ActiveProfiles("it")
@Import(TestDatabase.class)
class PlanProjectionIT {

    @Autowired
    PlanProjection projection;
    @Autowired
    PlanFacts facts;
    @Autowired
    JdbcClient jdbc;

    private final String plan = "p-" + UUID.randomUUID();
    private final ActivityId activity = new ActivityId("a-" + UUID.randomUUID());
    private long position = 1_000_000;

    private GenericEventMessage<LedgerEvent> message(LedgerEvent event, String id, Instant recorded) {
        return new GenericEventMessage<>(id, event, java.util.Map.of(), recorded);
    }

    private void project(GenericEventMessage<LedgerEvent> message) {
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(++position),
                ReplayStatus.REGULAR);
    }

    private ActivityStatusChanged status(ActivityStatus status, String effective, Correction correction) {
        return new ActivityStatusChanged(activity, new PlanId(plan), status, status.needsExplanation() ? "x" : null,
                LocalDate.parse(effective), "chef", correction);
    }

    private String statusAt(Instant asOf, String validAt) {
        return facts.at(1, plan, asOf, LocalDate.parse(validAt)).stream()
                .filter(f -> f.attribute().equals("status")).map(f -> f.value().get("status").asText())
                .findFirst().orElse(null);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        var planned = message(new ActivityPlanned(activity, new PlanId(plan), List.of(new GoalId("g")), "Workshop",
                null, new Responsible("A", null), List.of(), null, null, null, LocalDate.parse("2022-01-01"), "chef",
                null), "e1-" + plan, Instant.parse("2022-01-05T10:00:00Z"));
        var onTrack = message(status(ActivityStatus.ON_TRACK, "2022-03-31", null), "e2-" + plan,
                Instant.parse("2022-04-02T10:00:00Z"));
        project(planned);
        project(onTrack);
        long logRows = count("event_log");
        long factRows = count("fact");
        project(onTrack);
        project(planned);
        assertThat(count("event_log")).isEqualTo(logRows);
        assertThat(count("fact")).isEqualTo(factRows);
    }

    @Test
    void aBackdatedStatusAndACorrectionKeepWhatWasKnownBefore() {
        project(message(status(ActivityStatus.ON_TRACK, "2022-06-30", null), "s1-" + plan,
                Instant.parse("2022-07-01T10:00:00Z")));
        Instant decision = Instant.parse("2022-09-26T12:00:00Z");
        project(message(status(ActivityStatus.DEVIATING, "2022-08-15", null), "s2-" + plan,
                Instant.parse("2022-09-30T10:00:00Z")));
        project(message(status(ActivityStatus.COMPLETED, "2022-08-15", new Correction("s2-" + plan, "fel status")),
                "s3-" + plan, Instant.parse("2022-10-03T10:00:00Z")));

        assertThat(statusAt(decision, "2022-08-31")).isEqualTo("ON_TRACK");
        assertThat(statusAt(Instant.parse("2022-10-01T00:00:00Z"), "2022-08-31")).isEqualTo("DEVIATING");
        assertThat(statusAt(Instant.now(), "2022-08-31")).isEqualTo("COMPLETED");
        assertThat(statusAt(Instant.now(), "2022-07-31")).isEqualTo("ON_TRACK");
        var superseded = facts.trail(1, activity.value()).stream().filter(e -> e.eventId().equals("s2-" + plan))
                .findFirst().orElseThrow();
        assertThat(superseded.correctedBy()).isEqualTo("s3-" + plan);
        assertThat(superseded.correctedAt()).isEqualTo(Instant.parse("2022-10-03T10:00:00Z"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM query." + table + " WHERE plan_id = ?").param(plan).query(Long.class)
                .single();
    }
}
