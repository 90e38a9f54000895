package vn.drugctl.reporting.ledger.infrastructure.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.reporting.ledger.application.ConcurrentProjectionChange;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.application.ProjectionStore;
import vn.drugctl.reporting.ledger.application.StoredAggregate;
import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection's aggregates in MongoDB collection {@value #COLLECTION}, one document per aggregate
 * ({@code _id} = {@code kind:aggregateId}) with a version {@code v}: its events, its ledger and its pending delta.
 * A batch's aggregates are read with one query and written with one unordered bulk (inserts for new ones, replaces
 * guarded by the version read); if fewer than all matched, another writer was first and the step is re-run.
 */
public class MongoProjectionStore implements ProjectionStore, LedgerRecords {
    public static final String COLLECTION = "report_aggregates";

    private final MongoTemplate mongo;

    public MongoProjectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // recovery looks for unapplied deltas; the records behind a number are found by unit and measure
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("pendingApplied", org.springframework.data.domain.Sort.Direction.ASC).named("pendingApplied"));
        indexes.createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("ledger.u", org.springframework.data.domain.Sort.Direction.ASC)
                .on("ledger.m", org.springframework.data.domain.Sort.Direction.ASC).named("ledger_unit_measure"));
    }

    @Override
    public Map<String, StoredAggregate> load(String kind, Collection<String> ids) {
        List<String> keys = ids.stream().map(id -> kind + ":" + id).toList();
        Map<String, StoredAggregate> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)
                .forEach(d -> {
                    StoredAggregate a = aggregate(d);
                    found.put(a.aggregateId(), a);
                });
        return found;
    }

    @Override
    public void save(List<StoredAggregate> aggregates) {
        List<StoredAggregate> inserts = aggregates.stream().filter(a -> a.version() == 0).toList();
        List<StoredAggregate> replaces = aggregates.stream().filter(a -> a.version() > 0).toList();
        if (!replaces.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            replaces.forEach(a -> bulk.replaceOne(Query.query(Criteria.where("_id").is(a.key())
                    .and("v").is(a.version())), document(a)));
            int matched = bulk.execute().getMatchedCount();
            if (matched != replaces.size()) {
                throw new ConcurrentProjectionChange((replaces.size() - matched) + " aggregates changed meanwhile");
            }
        }
        if (!inserts.isEmpty()) {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION)
                        .insert(inserts.stream().map(MongoProjectionStore::document).toList()).execute();
            } catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException e) {
                throw new ConcurrentProjectionChange("an aggregate was created meanwhile: " + e.getMessage());
            }
        }
    }

    @Override
    public void markApplied(List<StoredAggregate> aggregates) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        aggregates.forEach(a -> bulk.updateOne(Query.query(Criteria.where("_id").is(a.key())
                .and("pending.seq").is(a.pendingSequence())), new Update().set("pendingApplied", true)));
        bulk.execute();
    }

    @Override
    public List<StoredAggregate> unapplied(int limit) {
        return mongo.find(Query.query(Criteria.where("pendingApplied").is(false)).limit(limit), Document.class,
                COLLECTION).stream().map(MongoProjectionStore::aggregate).toList();
    }

    @Override
    public List<Share> shares(Collection<String> unitCodes, String measure, boolean prefix, LocalDate from,
                              LocalDate to) {
        Criteria entry = Criteria.where("u").in(unitCodes).and("d").lte(to.toString());
        if (from != null) {
            entry = entry.gte(from.toString());
        }
        entry = prefix ? entry.and("m").regex("^" + java.util.regex.Pattern.quote(measure))
                : entry.and("m").is(measure);
        java.util.Set<String> units = java.util.Set.copyOf(unitCodes);
        List<Share> shares = new ArrayList<>();
        for (Document d : mongo.find(Query.query(Criteria.where("ledger").elemMatch(entry)), Document.class,
                COLLECTION)) {
            StoredAggregate a = aggregate(d);
            Map<String, Long> sums = new java.util.TreeMap<>();
            a.ledger().amounts().forEach((k, n) -> {
                String d0 = k.date().toString();
                boolean measureMatches = prefix ? k.measure().startsWith(measure) : k.measure().equals(measure);
                if (measureMatches && units.contains(k.unitCode()) && d0.compareTo(to.toString()) <= 0
                        && (from == null || d0.compareTo(from.toString()) >= 0)) {
                    sums.merge(k.measure(), n, Long::sum);
                }
            });
            sums.forEach((m, n) -> {
                if (n != 0) {
                    shares.add(new Share(a.kind(), a.aggregateId(), m, n, a));
                }
            });
        }
        return shares;
    }

    private static Document document(StoredAggregate a) {
        List<Document> events = a.events().stream().map(e -> new Document("eventId", e.eventId())
                .append("eventType", e.eventType()).append("schemaVersion", e.schemaVersion())
                .append("sequence", e.sequence()).append("unitCode", e.unitCode()).append("unitPath", e.unitPath())
                .append("businessDate", e.businessDate().toString()).append("payload", new Document(e.payload())))
                .toList();
        return new Document("_id", a.key()).append("kind", a.kind()).append("aggregateId", a.aggregateId())
                .append("v", a.version() + 1).append("events", events).append("ledger", entries(a.ledger()))
                .append("pending", new Document("seq", a.pendingSequence()).append("delta", entries(a.pendingDelta())))
                .append("pendingApplied", a.pendingApplied());
    }

    private static StoredAggregate aggregate(Document d) {
        List<ProjectedEvent> events = new ArrayList<>();
        for (Document e : d.getList("events", Document.class)) {
            events.add(new ProjectedEvent(e.getString("eventId"), e.getString("eventType"),
                    e.getInteger("schemaVersion"), ((Number) e.get("sequence")).longValue(), e.getString("unitCode"),
                    e.getList("unitPath", String.class), LocalDate.parse(e.getString("businessDate")),
                    e.get("payload", Document.class)));
        }
        Document pending = d.get("pending", Document.class);
        return new StoredAggregate(d.getString("kind"), d.getString("aggregateId"), ((Number) d.get("v")).longValue(),
                events, ledger(d.getList("ledger", Document.class)), ((Number) pending.get("seq")).longValue(),
                ledger(pending.getList("delta", Document.class)), d.getBoolean("pendingApplied", true));
    }

    static List<Document> entries(Ledger ledger) {
        List<Document> entries = new ArrayList<>(ledger.amounts().size());
        ledger.amounts().forEach((k, n) -> entries.add(new Document("u", k.unitCode())
                .append("d", k.date().toString()).append("m", k.measure()).append("n", n)));
        return entries;
    }

    static Ledger ledger(List<Document> entries) {
        Ledger.Builder b = Ledger.builder();
        for (Document e : entries) {
            b.add(new LedgerKey(e.getString("u"), LocalDate.parse(e.getString("d")), e.getString("m")),
                    ((Number) e.get("n")).longValue());
        }
        return b.build();
    }
}
