package se.ledger.bench.data;

import se.ledger.events.LedgerEvent;

/** One generated event as the event store keeps it: the aggregate, its sequence and the aggregate's type. */
public record StoredEvent(String aggregateId, long sequence, String aggregateType, LedgerEvent payload) {
}
