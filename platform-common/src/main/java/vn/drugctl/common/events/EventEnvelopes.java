package vn.drugctl.common.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.web.CorrelationId;

import java.time.Instant;

/** Wraps domain events into envelopes ready for the outbox, and reads envelopes back. */
public final class EventEnvelopes {
    private final JsonMapper json;

    public EventEnvelopes(JsonMapper json) {
        this.json = json;
    }

    /** Where an event stands in its aggregate: the version of the write that recorded it and its own sequence. */
    public record Position(String aggregateId, long aggregateVersion, long sequence) {
        public Position {
            if (sequence < 1 || aggregateVersion < 1) {
                throw new IllegalArgumentException("sequence and version start at 1 (were " + sequence + ", "
                        + aggregateVersion + ")");
            }
        }
    }

    /**
     * Wraps an event that already has its id and recorded time (an aggregate that keeps its own history), so that the
     * history and the published event agree.
     */
    public <E> OutboxEntry wrap(EventContract<E> contract, E event, String eventId, Position position, Unit unit,
                                Instant occurredAt, Instant recordedAt, Actor actor) {
        EventType<E> type = contract.types().of(event);
        EventEnvelope envelope = new EventEnvelope(eventId, type.name(), type.schemaVersion(),
                position.aggregateId(), position.aggregateVersion(), position.sequence(), unit.code(), unit.path(),
                occurredAt, recordedAt, actor, CorrelationId.current().orElse(null), contract.codec().toTree(event));
        return new OutboxEntry(envelope.eventId(), envelope.eventType(), contract.topic(), position.aggregateId(),
                json.writeValueAsString(envelope), recordedAt);
    }

    public EventEnvelope read(String value) {
        try {
            EventEnvelope envelope = json.readValue(value, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.eventType() == null || envelope.aggregateId() == null) {
                throw new MalformedEventException("Event envelope lacks eventId, eventType or aggregateId", null);
            }
            return envelope;
        } catch (JacksonException e) {
            throw new MalformedEventException("Not an event envelope: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("Payload of " + envelope.eventType() + " " + envelope.eventId()
                    + " does not match " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
