package se.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.ledger.platform.test.Api.json;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ledger.activity.command.ActivityAggregate;
import se.ledger.activity.command.CommentOnActivity;
import se.ledger.command.CommandSideConfig;
import se.ledger.events.ActivityId;

/** An activity with a thousand events is loaded from a snapshot, and keeps every rule it had. */
class SnapshotApiIT extends ApiTestBase {

    private static final int COMMENTS = 1_000;

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier(CommandSideConfig.AGGREGATE_CACHE)
    Cache cache;

    @Test
    void canLoadAnActivityWithAThousandEventsFromASnapshot() {
        givenActivity();
        String firstComment = ok(api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Första kommentaren','effectiveDate':'2022-03-31'}"))).get("eventId").asText();
        ok(api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'COMPLETED','effectiveDate':'2022-04-30'}")));
        for (int i = 0; i < COMMENTS; i++) {
            commands.sendAndWait(new CommentOnActivity(new ActivityId(activity), "Kommentar " + i,
                    LocalDate.of(2022, 8, 31), "chef", null, null));
        }
        long last = 2L + COMMENTS;

        var jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT coalesce(max(sequencenumber), -1) FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(activity).query(Long.class).single() >= last - 100);

        // what the repository reads to load the activity starts with its snapshot, not its first event
        var stream = eventStore.readEvents(activity);
        var first = stream.peek();
        assertThat(first.getPayload()).isInstanceOf(ActivityAggregate.class);
        assertThat(first.getSequenceNumber()).isGreaterThanOrEqualTo(last - 100);
        assertThat(stream.asStream().count()).isLessThanOrEqualTo(101);

        // the state restored from the snapshot still holds: completed, and the first comment known
        var reopened = api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK'}"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(422);
        var corrected = ok(api.post("chef", "/api/activities/" + activity + "/comments", json(
                "{'text':'Första kommentaren, rättad','effectiveDate':'2022-03-31','corrects':'" + firstComment
                        + "','reason':'Stavfel'}")));
        assertThat(corrected.get("version").asLong()).isEqualTo(last + 1);
        var twice = api.post("chef", "/api/activities/" + activity + "/comments", json(
                "{'text':'Igen','effectiveDate':'2022-03-31','corrects':'" + firstComment + "','reason':'Igen'}"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
    }

    @Test
    void cannotLoadASnapshotOfAnEarlierShape() {
        givenActivity();
        ok(api.post("chef", "/api/activities/" + activity + "/status",
                json("{'status':'COMPLETED','effectiveDate':'2022-04-30'}")));
        // as if written by an earlier version whose state had other fields: an empty activity
        JdbcClient.create(dataSource).sql("INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type,"
                        + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                        + " VALUES (?, 1, 'ActivityAggregate', ?, NULL, convert_to('{}', 'UTF8'), '0', ?, ?)")
                .params(activity, java.util.UUID.randomUUID().toString(), ActivityAggregate.class.getName(),
                        java.time.Instant.now().toString())
                .update();
        cache.removeAll(); // else the activity in memory, which is current, is used and no snapshot read

        var reopened = api.post("chef", "/api/activities/" + activity + "/status", json("{'status':'ON_TRACK'}"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(422);
        var comment = ok(api.post("chef", "/api/activities/" + activity + "/comments",
                json("{'text':'Klart','effectiveDate':'2022-05-31'}")));
        assertThat(comment.get("version").asLong()).isEqualTo(2);
    }
}
