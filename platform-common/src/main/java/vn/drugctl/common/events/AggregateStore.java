package vn.drugctl.common.events;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an aggregate's state together with its new events and records in one atomic MongoDB document write (one
 * command: an insert, or a version-guarded update), then tells the {@link OutboxRelay} of this instance which
 * document has something to deliver. Nothing else is written on the request's path.
 */
public class AggregateStore {
    public static final String OUTBOX = "outbox";
    public static final String OUTBOX_RECORDS = "outboxRecords";
    public static final String OUTBOX_PENDING = "outboxPending";
    public static final String VERSION = "version";
    /** Where an aggregate that keeps its own history stores it (see {@link #updateWithHistory}). */
    public static final String HISTORY = "history";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new aggregate (version 1) with its first events and records. */
    public <T extends AggregateDocument> T insert(T document, List<OutboxEntry> events, List<OutboxRecord> records) {
        document.setVersion(1);
        document.setOutbox(new ArrayList<>(events));
        document.setOutboxRecords(new ArrayList<>(records));
        document.setOutboxPending(events.size() + records.size());
        T saved = mongo.insert(document);
        if (document.getOutboxPending() > 0) {
            relay.written(mongo.getCollectionName(document.getClass()), idOf(mongo, saved));
        }
        return saved;
    }

    /**
     * Applies {@code update} to the aggregate if it is still at {@code expectedVersion}, appends the events and
     * records and bumps the version, all in one document update.
     *
     * @throws OptimisticLockingFailureException when someone else changed the aggregate meanwhile (nothing written)
     */
    public void update(Class<? extends AggregateDocument> type, Object id, long expectedVersion, Update update,
                       List<OutboxEntry> events, List<OutboxRecord> records) {
        update.inc(VERSION, 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.toArray());
        }
        if (!records.isEmpty()) {
            update.push(OUTBOX_RECORDS).each(records.toArray());
        }
        if (!events.isEmpty() || !records.isEmpty()) {
            update.inc(OUTBOX_PENDING, events.size() + records.size());
        }
        Query query = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        long modified = mongo.updateFirst(query, update, type).getModifiedCount();
        if (modified == 0) {
            throw new OptimisticLockingFailureException(
                    type.getSimpleName() + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
        }
        if (!events.isEmpty() || !records.isEmpty()) {
            relay.written(mongo.getCollectionName(type), id);
        }
    }

    /**
     * The usual change of an aggregate that keeps its history in the document: appends {@code newHistory} to its
     * {@value #HISTORY} array within {@code update}, then {@link #update}s it.
     *
     * @return false, with nothing written, when someone else changed the aggregate meanwhile (the caller retries or
     * reports a conflict); other failures (a duplicate key, MongoDB down) are thrown
     */
    public boolean updateWithHistory(Class<? extends AggregateDocument> type, Object id, long expectedVersion,
                                     Update update, List<?> newHistory, List<OutboxEntry> events,
                                     List<OutboxRecord> records) {
        update.push(HISTORY).each(newHistory.toArray());
        try {
            update(type, id, expectedVersion, update, events, records);
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }

    private static Object idOf(MongoTemplate mongo, Object saved) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(saved.getClass())
                .getIdentifierAccessor(saved).getRequiredIdentifier();
    }
}
