package vn.drugctl.registry.audit.infrastructure.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.audit.application.AuditLog;
import vn.drugctl.registry.audit.application.AuditPage;
import vn.drugctl.registry.audit.application.AuditQuery;
import vn.drugctl.registry.audit.application.AuditTrail;
import vn.drugctl.registry.audit.domain.AuditEntry;

import java.util.List;
import java.util.Optional;

/**
 * The audit trail in MongoDB collection {@value #COLLECTION}: insert-only. This class only ever inserts and finds;
 * there is no update or delete path (AuditTrailIsAppendOnlyTest fails the build if one appears in this feature),
 * and an entry whose id is already stored is refused rather than overwriting it.
 *
 * <p>Every read is filtered by the caller's view roots: on the person's unit path for a person's trail, on the
 * actor's unit path for a user's trail. Indexes: {@code (personId, at)} and {@code (username, at)} serve the two
 * reads (the unit path filter then applies to one person's or one user's entries); {@code (personUnitPath, at)}
 * and {@code (actorUnitPath, at)} serve unit-wide reads and start with the unit path as DESIGN.md asks.
 * They are created on first use, so the service starts (not ready) while MongoDB is still coming up.
 */
@Repository
public class MongoAuditTrail implements AuditTrail, AuditLog {
    public static final String COLLECTION = "audit_log";
    static final List<Index> INDEXES = List.of(
            new Index().on("personId", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("personId_at"),
            new Index().on("username", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("username_at"),
            new Index().on("personUnitPath", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("personUnitPath_at"),
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
    public AuditPage ofPerson(String personId, AuditQuery query, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return AuditPage.empty(query);
        }
        return page(Criteria.where("personId").is(personId).and("personUnitPath").in(scope.viewRoots()), query);
    }

    @Override
    public AuditPage ofUser(String username, AuditQuery query, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return AuditPage.empty(query);
        }
        return page(Criteria.where("username").is(username).and("actorUnitPath").in(scope.viewRoots()), query);
    }

    @Override
    public Optional<AuditEntry> newestOfPerson(String personId, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return Optional.empty();
        }
        ensureIndexes();
        Query newest = Query.query(Criteria.where("personId").is(personId).and("personUnitPath").in(scope.viewRoots()))
                .with(NEWEST_FIRST).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, AuditEntryDocument.class, COLLECTION))
                .map(AuditEntryDocument::toEntry);
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
