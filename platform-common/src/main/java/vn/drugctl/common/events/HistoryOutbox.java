package vn.drugctl.common.events;

import vn.drugctl.common.tenancy.Unit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the new history entries of one aggregate write into outbox envelopes, for aggregates that keep their own
 * history (the registry's person, the hotspot service's hotspot, incident and surveillance record). Each envelope
 * gets the write's aggregate version and its own sequence: its 1-based position in the aggregate's history, where the
 * new entries are the last {@code entries.size()} of {@code historySize}. So the sequence of an event never changes
 * once written, and a consumer can tell a gap or a replay from it. Pure computation; nothing is written here.
 */
public final class HistoryOutbox {
    private HistoryOutbox() {
    }

    /**
     * One new history entry as the envelope needs it; {@code occurredAt} is the caller's choice (all callers use the
     * start of the event's business day in their service's zone).
     */
    public record Entry<E>(E event, String eventId, Instant occurredAt, Instant recordedAt, Actor actor) {
    }

    /**
     * The envelopes of {@code entries}, in order.
     *
     * @param historySize the aggregate's whole history size after the write, the new entries included
     * @throws IllegalArgumentException when there are more new entries than the history holds
     */
    public static <E> List<OutboxEntry> envelopes(EventEnvelopes envelopes, EventContract<E> contract,
                                                  String aggregateId, long aggregateVersion, int historySize,
                                                  Unit unit, List<Entry<E>> entries) {
        if (entries.size() > historySize) {
            throw new IllegalArgumentException(
                    entries.size() + " new entries but a history of " + historySize + " for " + aggregateId);
        }
        long first = historySize - entries.size() + 1;
        List<OutboxEntry> outbox = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry<E> e = entries.get(i);
            outbox.add(envelopes.wrap(contract, e.event(), e.eventId(),
                    new EventEnvelopes.Position(aggregateId, aggregateVersion, first + i), unit, e.occurredAt(),
                    e.recordedAt(), e.actor()));
        }
        return outbox;
    }
}
