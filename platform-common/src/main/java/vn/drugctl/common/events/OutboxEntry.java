package vn.drugctl.common.events;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published: the envelope is kept as the exact JSON that
 * will be sent, so what is stored is what is published.
 */
public record OutboxEntry(String eventId, String eventType, String topic, String key, String envelope,
                          Instant recordedAt) {
}
