package se.ledger.command;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import se.ledger.events.EntityKind;

/** A plan for 2022 seen on 30 September 2022, the day of an August follow-up decision. */
public final class Fixtures {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    public static final LocalDate TODAY = LocalDate.of(2022, 9, 30);
    public static final String ACTOR = "chef";

    private Fixtures() {
    }

    public static <T> AggregateTestFixture<T> fixture(Class<T> aggregate) {
        var fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(directory());
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(STOCKHOLM).plusHours(12).toInstant(), STOCKHOLM));
        return fixture;
    }

    public static InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .plan("p1", "2022-01-01", "2022-12-31")
                .plan("p2", "2021-01-01", "2023-12-31")
                .entity(EntityKind.GOAL, "g1", "p1")
                .entity(EntityKind.GOAL, "g2", "p1")
                .entity(EntityKind.GOAL, "g3", "p1")
                .entity(EntityKind.GOAL, "g4", "p1")
                .parent("g4", "g3")
                .entity(EntityKind.GOAL, "other", "p2");
    }

    /** The id the fixture gave to the n-th given event of an aggregate (0-based). */
    public static String eventId(AggregateTestFixture<?> fixture, String aggregateId, int n) {
        List<? extends DomainEventMessage<?>> events = fixture.getEventStore().readEvents(aggregateId).asStream().toList();
        return events.get(n).getIdentifier();
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
