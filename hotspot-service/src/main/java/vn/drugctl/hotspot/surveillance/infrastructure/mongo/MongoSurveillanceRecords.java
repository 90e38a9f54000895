package vn.drugctl.hotspot.surveillance.infrastructure.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.aggregate.ScopedAggregateQueries;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.HistoryOutbox;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.audit.MongoAuditTrail;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.application.SurveillancePage;
import vn.drugctl.hotspot.surveillance.application.SurveillanceQuery;
import vn.drugctl.hotspot.surveillance.application.SurveillanceRecords;
import vn.drugctl.hotspot.surveillance.application.SurveillanceSummary;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Surveillance records in MongoDB ({@value #COLLECTION}). Every read for a user filters on the unit path by the
 * caller's view roots; a change is one document write (insert, or a version-guarded update) with state, new history
 * entries, their outbox events (each with its own sequence) and the audit line.
 */
public class MongoSurveillanceRecords implements SurveillanceRecords {
    public static final String COLLECTION = "surveillance_records";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final UnitCatalogue units;
    private final SurveillanceEventCodec codec;
    private final MongoAuditTrail audit;
    private final BusinessTime time;

    public MongoSurveillanceRecords(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
                                    UnitCatalogue units, SurveillanceEventCodec codec, MongoAuditTrail audit,
                                    BusinessTime time) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.units = units;
        this.codec = codec;
        this.audit = audit;
        this.time = time;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unitPath", Sort.Direction.ASC)
                .on("kind", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("unitPath_kind_status"));
    }

    @Override
    public void add(SurveillanceRecord record, List<SurveillanceHistoryEntry> entries, AuditEntry auditLine) {
        Unit unit = units.require(record.unitCode());
        store.insert(SurveillanceRecordDocument.of(record, codec), outbox(record, unit, entries),
                List.of(audit.outboxRecord(auditLine)));
    }

    @Override
    public boolean update(SurveillanceRecord record, long expectedVersion, List<SurveillanceHistoryEntry> newEntries,
                          AuditEntry auditLine) {
        Unit unit = units.require(record.unitCode());
        SurveillanceRecordDocument s = new SurveillanceRecordDocument();
        s.copyState(record.state());
        Update update = new Update().set("kind", s.kind).set("subject", s.subject).set("personId", s.personId)
                .set("category", s.category).set("system", s.system).set("clazz", s.clazz).set("status", s.status)
                .set("openedOn", s.openedOn).set("closedOn", s.closedOn).set("closingReason", s.closingReason);
        return store.updateWithHistory(SurveillanceRecordDocument.class, record.id(), expectedVersion, update,
                newEntries.stream().map(e -> SurveillanceRecordDocument.entry(e, codec)).toList(),
                outbox(record, unit, newEntries), List.of(audit.outboxRecord(auditLine)));
    }

    private List<OutboxEntry> outbox(SurveillanceRecord record, Unit unit, List<SurveillanceHistoryEntry> entries) {
        return HistoryOutbox.envelopes(envelopes, codec.contract(), record.id(), record.version(),
                record.history().size(), unit, entries.stream().map(e -> new HistoryOutbox.Entry<>(e.event(),
                        e.eventId(), time.startOf(e.event().businessDate()), e.recordedAt(), e.actor())).toList());
    }

    @Override
    public Optional<SurveillanceRecord> find(String id, TenantScope scope) {
        return ScopedAggregateQueries.findInScope(mongo, SurveillanceRecordDocument.class, id, scope)
                .map(d -> d.toRecord(codec));
    }

    @Override
    public Optional<RecordUnit> owner(String id) {
        return ScopedAggregateQueries.owner(mongo, SurveillanceRecordDocument.class, id)
                .map(RecordUnit.class::cast);
    }

    @Override
    public SurveillancePage list(SurveillanceQuery q, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return new SurveillancePage(List.of(), q.page(), q.size(), 0);
        }
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("unitPath").in(scope.viewRoots()));
        if (q.unitCode() != null) {
            all.add(Criteria.where("unitPath").is(q.unitCode()));
        }
        if (q.kind() != null) {
            all.add(Criteria.where("kind").is(q.kind()));
        }
        if (q.category() != null) {
            all.add(Criteria.where("category").is(q.category()));
        }
        if (q.system() != null) {
            all.add(Criteria.where("system").is(q.system()));
        }
        if (q.clazz() != null) {
            all.add(Criteria.where("clazz").is(q.clazz()));
        }
        if (q.status() != null) {
            all.add(Criteria.where("status").is(q.status()));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, SurveillanceRecordDocument.class);
        query.with(Sort.by(Sort.Order.desc("openedOn"), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size()).limit(q.size());
        query.fields().exclude("history", "outbox", "outboxRecords");
        List<SurveillanceSummary> items = mongo.find(query, SurveillanceRecordDocument.class).stream()
                .map(d -> new SurveillanceSummary(d.id, d.unitCode, d.kind, d.subject, d.personId, d.category,
                        d.system, d.clazz, d.status, d.openedOn, d.closedOn, d.closingReason, d.getVersion()))
                .toList();
        return new SurveillancePage(items, q.page(), q.size(), total);
    }

    @Override
    public long forEach(String unitCode, TenantScope scope, Consumer<SurveillanceRecord> visitor) {
        if (scope.viewRoots().isEmpty()) {
            return 0;
        }
        long seen = 0;
        String after = "";
        while (true) {
            Criteria criteria = Criteria.where("unitPath").in(scope.viewRoots()).and("_id").gt(after);
            Query query = Query.query(unitCode == null ? criteria
                    : new Criteria().andOperator(criteria, Criteria.where("unitPath").is(unitCode)));
            query.with(Sort.by("_id")).limit(BATCH);
            query.fields().exclude("outbox", "outboxRecords");
            List<SurveillanceRecordDocument> batch = mongo.find(query, SurveillanceRecordDocument.class);
            for (SurveillanceRecordDocument d : batch) {
                visitor.accept(d.toRecord(codec));
                seen++;
                after = d.id;
            }
            if (batch.size() < BATCH) {
                return seen;
            }
        }
    }
}
