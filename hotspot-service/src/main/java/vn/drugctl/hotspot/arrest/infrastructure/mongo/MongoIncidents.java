package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.audit.MongoAuditTrail;
import vn.drugctl.common.aggregate.ScopedAggregateQueries;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.HistoryOutbox;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.application.IncidentPage;
import vn.drugctl.hotspot.arrest.application.IncidentQuery;
import vn.drugctl.hotspot.arrest.application.IncidentSummary;
import vn.drugctl.hotspot.arrest.application.Incidents;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incidents in MongoDB ({@value #COLLECTION}). Every read for a user filters on the stored unit path by the caller's
 * view roots (no scope, no query); a change is one document write (an insert, or a version-guarded update) holding
 * the state copied from the history, the new history entries, their outbox events and the audit line.
 * Events are enveloped with their own sequence (their position in the history) and the write's version;
 * {@code occurredAt} of the envelope is the start of the business day in the service's zone, like the registry's.
 */
public class MongoIncidents implements Incidents {
    public static final String COLLECTION = "incidents";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final UnitCatalogue units;
    private final IncidentEventCodec codec;
    private final MongoAuditTrail audit;
    private final BusinessTime time;

    public MongoIncidents(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, UnitCatalogue units,
                          IncidentEventCodec codec, MongoAuditTrail audit, BusinessTime time) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.units = units;
        this.codec = codec;
        this.audit = audit;
        this.time = time;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unitPath", Sort.Direction.ASC)
                .on("businessDate", Sort.Direction.DESC).named("unitPath_businessDate"));
    }

    @Override
    public void add(Incident incident, List<IncidentHistoryEntry> entries, AuditEntry auditLine) {
        Unit unit = units.require(incident.unitCode());
        store.insert(IncidentDocument.of(incident, codec), outbox(incident, unit, entries),
                List.of(audit.outboxRecord(auditLine)));
    }

    @Override
    public boolean update(Incident incident, long expectedVersion, List<IncidentHistoryEntry> newEntries,
                          AuditEntry auditLine) {
        Unit unit = units.require(incident.unitCode());
        IncidentDocument state = new IncidentDocument();
        state.copyState(incident.state());
        Update update = new Update().set("occurredAt", state.occurredAt).set("occurredInstant", state.occurredInstant)
                .set("businessDate", state.businessDate).set("placeUnitCode", state.placeUnitCode)
                .set("village", state.village).set("suspects", state.suspects)
                .set("registrySuspects", state.registrySuspects).set("seizures", state.seizures)
                .set("personIds", state.personIds).set("outcome", state.outcome).set("caseNumber", state.caseNumber);
        return store.updateWithHistory(IncidentDocument.class, incident.id(), expectedVersion, update,
                newEntries.stream().map(e -> IncidentDocument.entry(e, codec)).toList(),
                outbox(incident, unit, newEntries), List.of(audit.outboxRecord(auditLine)));
    }

    private List<OutboxEntry> outbox(Incident incident, Unit unit, List<IncidentHistoryEntry> entries) {
        return HistoryOutbox.envelopes(envelopes, codec.contract(), incident.id(), incident.version(),
                incident.history().size(), unit, entries.stream().map(e -> new HistoryOutbox.Entry<>(e.event(),
                        e.eventId(), time.startOf(e.event().businessDate()), e.recordedAt(), e.actor())).toList());
    }

    @Override
    public Optional<Incident> find(String id, TenantScope scope) {
        return ScopedAggregateQueries.findInScope(mongo, IncidentDocument.class, id, scope)
                .map(d -> d.toIncident(codec));
    }

    @Override
    public Optional<RecordUnit> owner(String id) {
        return ScopedAggregateQueries.owner(mongo, IncidentDocument.class, id)
                .map(RecordUnit.class::cast);
    }

    @Override
    public IncidentPage list(IncidentQuery q, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return new IncidentPage(List.of(), q.page(), q.size(), 0);
        }
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("unitPath").in(scope.viewRoots()));
        if (q.unitCode() != null) {
            all.add(Criteria.where("unitPath").is(q.unitCode()));
        }
        all.add(Criteria.where("businessDate").gte(q.from()).lte(q.to()));
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, IncidentDocument.class);
        query.with(Sort.by(Sort.Order.desc("occurredInstant"), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size()).limit(q.size());
        query.fields().exclude("history", "outbox", "outboxRecords");
        List<IncidentSummary> items = mongo.find(query, IncidentDocument.class).stream()
                .map(d -> new IncidentSummary(d.id, d.unitCode, d.occurredAt, d.businessDate, d.placeUnitCode,
                        d.village, d.suspects, d.registrySuspects, d.seizures, d.outcome, d.caseNumber,
                        d.getVersion()))
                .toList();
        return new IncidentPage(items, q.page(), q.size(), total);
    }
}
