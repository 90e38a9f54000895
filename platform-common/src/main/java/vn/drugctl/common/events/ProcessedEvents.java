package vn.drugctl.common.events;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;

/** Event ids each consumer has already handled: a unique index on (consumer, eventId). */
public class ProcessedEvents {
    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    private volatile boolean indexed;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Created on first use, so that a service starts (not ready) while MongoDB is still coming up. */
    private void ensureIndex() {
        if (!indexed) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("consumer", Sort.Direction.ASC)
                    .on("eventId", Sort.Direction.ASC).unique().named("consumer_event_unique"));
            indexed = true;
        }
    }

    /**
     * A find of at most one document, which the (consumer, eventId) index answers; not {@code exists}, which counts
     * through an aggregation that the local MongoDB stand-in runs over the whole collection, once per event.
     */
    public boolean contains(String consumer, String eventId) {
        ensureIndex();
        Query query = Query.query(Criteria.where("consumer").is(consumer).and("eventId").is(eventId)).limit(1);
        query.fields().include("_id");
        return mongo.findOne(query, Document.class, COLLECTION) != null;
    }

    /** @return false when the event was already marked (a concurrent or repeated delivery) */
    public boolean mark(String consumer, EventEnvelope event) {
        ensureIndex();
        try {
            mongo.insert(new Document("consumer", consumer).append("eventId", event.eventId())
                    .append("eventType", event.eventType()).append("aggregateId", event.aggregateId())
                    .append("processedAt", java.util.Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
