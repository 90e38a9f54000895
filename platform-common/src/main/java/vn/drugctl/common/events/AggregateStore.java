package vn.drugctl.common.events;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an aggregate's state together with its new events in one atomic MongoDB document write; the
 * {@link OutboxRelay} publishes the events afterwards.
 */
public class AggregateStore {
    public static final String OUTBOX = "outbox";
    public static final String OUTBOX_PENDING = "outboxPending";
    public static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new aggregate (version 1) with its first events. */
    public <T extends AggregateDocument> T insert(T document, List<OutboxEntry> events) {
        document.setVersion(1);
        document.setOutbox(new ArrayList<>(events));
        document.setOutboxPending(events.size());
        T saved = mongo.insert(document);
        if (!events.isEmpty()) {
            relay.markWritten(mongo.getCollectionName(document.getClass()), events.getFirst().key());
        }
        relay.wakeUp();
        return saved;
    }

    /**
     * Applies {@code update} to the aggregate if it is still at {@code expectedVersion}, appends the events and
     * bumps the version, all in one document update.
     *
     * @throws OptimisticLockingFailureException when someone else changed the aggregate meanwhile
     */
    public void update(Class<? extends AggregateDocument> type, Object id, long expectedVersion, Update update,
                       List<OutboxEntry> events) {
        update.inc(VERSION, 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.toArray());
            update.inc(OUTBOX_PENDING, events.size());
        }
        Query query = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        long modified = mongo.updateFirst(query, update, type).getModifiedCount();
        if (modified == 0) {
            throw new OptimisticLockingFailureException(
                    type.getSimpleName() + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
        }
        if (!events.isEmpty()) {
            relay.markWritten(mongo.getCollectionName(type), String.valueOf(id));
        }
        relay.wakeUp();
    }
}
