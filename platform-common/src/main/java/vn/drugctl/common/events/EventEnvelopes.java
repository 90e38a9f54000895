package vn.drugctl.common.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.web.CorrelationId;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Wraps domain events into envelopes ready for the outbox, and reads envelopes back. */
public final class EventEnvelopes {
    private final JsonMapper json;
    private final Clock clock;

    public EventEnvelopes(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public OutboxEntry wrap(String topic, DomainEvent event, String aggregateId, long aggregateVersion, Unit unit,
                            Instant occurredAt, Actor actor) {
        return wrap(UUID.randomUUID().toString(), topic, event, aggregateId, aggregateVersion, unit, occurredAt,
                clock.instant(), actor);
    }

    /**
     * Wraps an event that already has its id and recorded time (an aggregate that keeps its own history), so that
     * the history and the published event agree.
     */
    public OutboxEntry wrap(String eventId, String topic, DomainEvent event, String aggregateId, long aggregateVersion,
                            Unit unit, Instant occurredAt, Instant now, Actor actor) {
        EventEnvelope envelope = new EventEnvelope(eventId, event.eventType(),
                event.schemaVersion(), aggregateId, aggregateVersion, unit.code(), unit.path(), occurredAt, now,
                actor, CorrelationId.current().orElse(null), json.valueToTree(event));
        return new OutboxEntry(envelope.eventId(), envelope.eventType(), topic, aggregateId,
                json.writeValueAsString(envelope), now);
    }

    public EventEnvelope read(String value) {
        try {
            EventEnvelope envelope = json.readValue(value, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.eventType() == null) {
                throw new MalformedEventException("Event envelope lacks eventId or eventType", null);
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
