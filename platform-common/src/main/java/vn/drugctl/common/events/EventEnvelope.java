package vn.drugctl.common.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The envelope every event travels in (DESIGN.md "How data flows", STYLE.md rule 9; the registry's contract page
 * {@code docs/events/registry.events.v1.md} shows one).
 *
 * @param eventType        the contract's name for the payload, never a Java class name
 * @param aggregateVersion the aggregate's version after the write that recorded the event; several events of one
 *                         write share it
 * @param sequence         the event's own position in its aggregate's history: 1 for the first event, then +1 for
 *                         every event, never reused, never skipped. Consumers order by it and apply only what is
 *                         newer than what they hold for the aggregate
 * @param occurredAt       the business date-time of the change (may be back-dated)
 * @param recordedAt       when the platform recorded it
 */
public record EventEnvelope(String eventId, String eventType, int schemaVersion, String aggregateId,
                            long aggregateVersion, long sequence, String unitCode, List<String> unitPath,
                            Instant occurredAt, Instant recordedAt, Actor actor, String correlationId,
                            JsonNode payload) {
}
