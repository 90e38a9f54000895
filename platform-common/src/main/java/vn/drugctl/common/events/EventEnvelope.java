package vn.drugctl.common.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The envelope every event travels in (DESIGN.md "How data flows", STYLE.md rule 9).
 *
 * @param occurredAt the business date-time of the change (may be back-dated)
 * @param recordedAt when the platform recorded it
 */
public record EventEnvelope(String eventId, String eventType, int schemaVersion, String aggregateId,
                            long aggregateVersion, String unitCode, List<String> unitPath, Instant occurredAt,
                            Instant recordedAt, Actor actor, String correlationId, JsonNode payload) {
}
