package vn.drugctl.common.events;

import org.bson.Document;

import java.util.Objects;

/**
 * A record to insert into another collection of the same database once the aggregate write that carries it is
 * stored: written in the aggregate's document, in the same atomic write as the change, and delivered by the
 * {@link OutboxRelay} at least once; the insert is idempotent by {@code recordId} (the record's {@code _id}). An audit
 * line of a change travels this way, so a change and its audit line cannot part.
 *
 * @param recordId   the inserted document's {@code _id} (not named {@code recordId}: the mapping would store that as the
 *                   embedded document's {@code _id})
 * @param collection where it goes
 * @param document   what is inserted (its {@code _id} is set to {@code recordId})
 */
public record OutboxRecord(String recordId, String collection, Document document) {
    public OutboxRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(document, "document");
    }
}
