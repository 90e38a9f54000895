package vn.drugctl.common.audit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.common.tenancy.TenantScope;

import java.util.List;
import java.util.Optional;

/**
 * The audit trail in MongoDB collection {@value #COLLECTION}, shared by every record type of a service: insert-only.
 * This class only ever inserts and finds; there is no update or delete path (AuditTrailIsAppendOnlyTest fails the
 * build if one appears in this package), and an entry whose id is already stored is refused rather than overwriting
 * it (DuplicateKeyException).
 *
 * <p>Every read is filtered by the caller's view roots: on the record's unit path for a record's trail, on the
 * actor's unit path for a user's trail. Indexes: {@code (recordType, recordId, at)} and {@code (username, at)} serve
 * the two reads (the unit path filter then applies to one record's or one user's entries); {@code (recordUnitPath,
 * at)} and {@code (actorUnitPath, at)} serve unit-wide reads and start with the unit path as DESIGN.md asks.
 * They are created on first use, so the service starts (not ready) while MongoDB is still coming up. A failed
 * insert or read throws (DataAccessException): the caller's request fails with it rather than going unaudited.
 */
public class MongoAuditTrail implements AuditTrail, AuditLog {
    public static final String COLLECTION = "audit_log";
    static final List<Index> INDEXES = List.of(
            new Index().on("recordType", Sort.Direction.ASC).on("recordId", Sort.Direction.ASC)
                    .on("at", Sort.Direction.DESC).named("recordType_recordId_at"),
            new Index().on("username", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("username_at"),
            new Index().on("recordUnitPath", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("recordUnitPath_at"),
            new Index().on("actorUnitPath", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("actorUnitPath_at"));
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private volatile boolean indexed;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The entry as an outbox record: written inside an aggregate's document in the same write as the change it
     * audits, and inserted here by the outbox relay (idempotent by id), so a change and its audit line cannot part.
     */
    public OutboxRecord outboxRecord(AuditEntry entry) {
        org.bson.Document document = new org.bson.Document();
        mongo.getConverter().write(AuditEntryDocument.of(entry), document);
        document.remove("_id");
        document.remove("_class");
        return new OutboxRecord(entry.id(), COLLECTION, document);
    }

    /** Inserts the entry; an entry with an id already stored is refused (DuplicateKeyException), never replaced. */
    @Override
    public void record(AuditEntry entry) {
        ensureIndexes();
        mongo.insert(AuditEntryDocument.of(entry), COLLECTION);
    }

    @Override
    public AuditPage ofRecord(String recordType, String recordId, AuditQuery query, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return AuditPage.empty(query);
        }
        return page(ofRecord(recordType, recordId, scope), query);
    }

    @Override
    public AuditPage ofUser(String username, AuditQuery query, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return AuditPage.empty(query);
        }
        return page(Criteria.where("username").is(username).and("actorUnitPath").in(scope.viewRoots()), query);
    }

    @Override
    public Optional<AuditEntry> newestOfRecord(String recordType, String recordId, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return Optional.empty();
        }
        ensureIndexes();
        Query newest = Query.query(ofRecord(recordType, recordId, scope)).with(NEWEST_FIRST).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, AuditEntryDocument.class, COLLECTION))
                .map(AuditEntryDocument::toEntry);
    }

    private static Criteria ofRecord(String recordType, String recordId, TenantScope scope) {
        return Criteria.where("recordType").is(recordType).and("recordId").is(recordId)
                .and("recordUnitPath").in(scope.viewRoots());
    }

    private AuditPage page(Criteria criteria, AuditQuery query) {
        ensureIndexes();
        if (query.from() != null || query.to() != null) {
            Criteria at = criteria.and("at");
            if (query.from() != null) {
                at.gte(query.from());
            }
            if (query.to() != null) {
                at.lt(query.to());
            }
        }
        // one more than a page tells whether a next page exists without counting
        Query find = Query.query(criteria).with(NEWEST_FIRST).skip(query.skip()).limit(query.size() + 1);
        List<AuditEntry> found = mongo.find(find, AuditEntryDocument.class, COLLECTION).stream()
                .map(AuditEntryDocument::toEntry).toList();
        boolean hasNext = found.size() > query.size();
        return new AuditPage(hasNext ? found.subList(0, query.size()) : found, query.page(), query.size(), hasNext);
    }

    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(COLLECTION);
            INDEXES.forEach(ops::createIndex);
            indexed = true;
        }
    }
}
