package vn.drugctl.registry.notification.infrastructure.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.notification.application.Notification;
import vn.drugctl.registry.notification.application.NotificationPage;
import vn.drugctl.registry.notification.application.Notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Notifications in MongoDB collection {@value #COLLECTION}. A notice about a registry person is never written here
 * directly: it travels as an {@link #outboxRecord outbox record} inside the person write it tells of and is inserted
 * by the outbox relay, idempotently by its id, so a change and its notice cannot part and a redelivered write stores
 * no second notice. A notice about a resident is {@link #store stored} by version: a read, then an insert or a
 * replace guarded by the version read (a concurrent writer makes it read again).
 * Reads filter on the stored unit path by the caller's view roots; index {@code (unitPath, createdAt)}, created on
 * first read.
 */
@Repository
public class MongoNotifications implements Notifications {
    public static final String COLLECTION = "notifications";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private volatile boolean indexed;

    public MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The notice as an outbox record, to be written inside the person's document with the change. */
    public OutboxRecord outboxRecord(Notification n) {
        return new OutboxRecord(n.id(), COLLECTION, fields(n));
    }

    @Override
    public boolean store(Notification notice, long sequence) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Document stored = mongo.findById(notice.id(), Document.class, COLLECTION);
            if (stored == null) {
                try {
                    mongo.insert(fields(notice).append("_id", notice.id()).append("sequence", sequence), COLLECTION);
                    return true;
                } catch (DuplicateKeyException e) {
                    continue; // stored meanwhile: read it again
                }
            }
            Number storedSequence = stored.get("sequence", Number.class);
            long current = storedSequence == null ? 0 : storedSequence.longValue();
            if (current >= sequence) {
                return false;
            }
            Document replacement = fields(notice).append("_id", notice.id()).append("sequence", sequence)
                    .append("createdAt", stored.get("createdAt"));
            Query sameVersion = Query.query(Criteria.where("_id").is(notice.id()).and("sequence").is(current));
            if (mongo.replace(sameVersion, replacement, COLLECTION).getMatchedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("notice " + notice.id() + " kept changing while it was being stored");
    }

    private static Document fields(Notification n) {
        return new Document("unitCode", n.unitCode()).append("unitPath", n.unitPath())
                .append("kind", n.kind().name()).append("personId", n.personId())
                .append("arrestingUnitCode", n.arrestingUnitCode()).append("date", n.date().toString())
                .append("createdAt", Date.from(n.createdAt())).append("residentName", n.residentName())
                .append("residentBirthYear", n.residentBirthYear());
    }

    @Override
    public NotificationPage page(TenantScope scope, int page, int size) {
        if (scope.viewRoots().isEmpty()) {
            return new NotificationPage(List.of(), page, size, false);
        }
        ensureIndex();
        Query query = Query.query(Criteria.where("unitPath").in(scope.viewRoots())).with(NEWEST_FIRST)
                .skip((long) page * size).limit(size + 1);
        List<Notification> found = mongo.find(query, Document.class, COLLECTION).stream()
                .map(MongoNotifications::notification).toList();
        boolean hasNext = found.size() > size;
        return new NotificationPage(hasNext ? found.subList(0, size) : found, page, size, hasNext);
    }

    private static Notification notification(Document d) {
        return new Notification(d.getString("_id"), d.getString("unitCode"), d.getList("unitPath", String.class),
                Notification.Kind.valueOf(d.getString("kind")), d.getString("personId"),
                d.getString("arrestingUnitCode"), LocalDate.parse(d.getString("date")),
                d.getDate("createdAt") == null ? null : d.getDate("createdAt").toInstant(),
                d.getString("residentName"), d.getInteger("residentBirthYear"));
    }

    private void ensureIndex() {
        if (!indexed) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("unitPath", Sort.Direction.ASC)
                    .on("createdAt", Sort.Direction.DESC).named("unitPath_createdAt"));
            indexed = true;
        }
    }
}
