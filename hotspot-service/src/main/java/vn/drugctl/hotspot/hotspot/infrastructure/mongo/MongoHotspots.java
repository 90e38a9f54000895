package vn.drugctl.hotspot.hotspot.infrastructure.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.MongoAuditTrail;
import vn.drugctl.common.aggregate.ScopedAggregateQueries;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.HistoryOutbox;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.hotspot.application.HotspotCard;
import vn.drugctl.hotspot.hotspot.application.HotspotPage;
import vn.drugctl.hotspot.hotspot.application.HotspotQuery;
import vn.drugctl.hotspot.hotspot.application.HotspotSummary;
import vn.drugctl.hotspot.hotspot.application.Hotspots;
import vn.drugctl.hotspot.hotspot.application.MapPoint;
import vn.drugctl.hotspot.hotspot.application.WatchedMatch;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hotspots in MongoDB collection {@value #COLLECTION}. Every read for a user filters on the stored unit path by the
 * caller's view roots (an empty view finds nothing); a change is one document write (an insert, or a version-guarded
 * update) that sets the state copied from the history, appends the new history entries, their outbox events and the
 * audit line, through {@link AggregateStore}. The relay publishes the events to {@code hotspot.events.v1}; if Kafka is
 * down the write still succeeds and the events wait in the document.
 */
@Repository
public class MongoHotspots implements Hotspots {
    public static final String COLLECTION = "hotspots";
    private static final List<HotspotStatus> WATCHED = List.of(HotspotStatus.NEUTRALISED, HotspotStatus.ERADICATED);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final UnitCatalogue units;
    private final HotspotEventCodec codec;
    private final MongoAuditTrail audit;
    private final BusinessTime time;

    public MongoHotspots(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, UnitCatalogue units,
                         HotspotEventCodec codec, MongoAuditTrail audit, BusinessTime time) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.units = units;
        this.codec = codec;
        this.audit = audit;
        this.time = time;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("unitPath", Sort.Direction.ASC).on("foldedName", Sort.Direction.ASC)
                .named("unitPath_foldedName"));
        indexes.createIndex(new Index().on("unitPath", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("unitPath_status"));
        indexes.createIndex(new Index().on("matchKeys", Sort.Direction.ASC).named("matchKeys"));
    }

    @Override
    public void add(Hotspot hotspot, List<HistoryEntry> entries, AuditEntry auditLine) {
        Unit unit = units.require(hotspot.unitCode());
        HotspotDocument document = HotspotDocument.of(hotspot, codec, unit.provinceCode());
        store.insert(document, outbox(hotspot, unit, entries), List.of(audit.outboxRecord(auditLine)));
    }

    @Override
    public boolean update(Hotspot hotspot, long expectedVersion, List<HistoryEntry> newEntries, AuditEntry auditLine) {
        Unit unit = units.require(hotspot.unitCode());
        HotspotDocument state = new HotspotDocument();
        state.id = hotspot.id();
        state.provinceCode = unit.provinceCode();
        state.copyState(hotspot.state());
        Update update = new Update()
                .set("kind", state.kind).set("status", state.status).set("name", state.name)
                .set("foldedName", state.foldedName).set("foldedText", state.foldedText).set("address", state.address)
                .set("addedOn", state.addedOn).set("statusSince", state.statusSince).set("licensed", state.licensed)
                .set("businessKind", state.businessKind).set("cyberspace", state.cyberspace).set("lat", state.lat)
                .set("lon", state.lon).set("matchKeys", state.matchKeys);
        return store.updateWithHistory(HotspotDocument.class, hotspot.id(), expectedVersion, update,
                newEntries.stream().map(e -> HotspotDocument.entry(e, codec)).toList(),
                outbox(hotspot, unit, newEntries), List.of(audit.outboxRecord(auditLine)));
    }

    /**
     * The envelopes of the new entries: each with its own sequence (its position in the hotspot's history: the new
     * entries are the last ones) and the version of this write; occurredAt is the start of the business day in the
     * service's zone.
     */
    private List<OutboxEntry> outbox(Hotspot hotspot, Unit unit, List<HistoryEntry> entries) {
        return HistoryOutbox.envelopes(envelopes, codec.contract(), hotspot.id(), hotspot.version(),
                hotspot.history().size(), unit, entries.stream().map(e -> new HistoryOutbox.Entry<>(e.event(),
                        e.eventId(), time.startOf(e.event().businessDate()), e.recordedAt(), e.actor())).toList());
    }

    @Override
    public Optional<Hotspot> find(String id, TenantScope scope) {
        return ScopedAggregateQueries.findInScope(mongo, HotspotDocument.class, id, scope)
                .map(d -> d.toHotspot(codec));
    }

    @Override
    public Optional<HotspotCard> card(String id) {
        return cards(Query.query(Criteria.where("_id").is(id))).stream().findFirst();
    }

    @Override
    public List<WatchedMatch> watchedMatching(Set<String> matchKeys, int limit) {
        if (matchKeys.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("matchKeys").in(matchKeys).and("status").in(WATCHED))
                .with(Sort.by("_id")).limit(limit);
        query.fields().include("unitCode", "unitPath", "kind", "status", "name", "address", "matchKeys");
        return mongo.find(query, HotspotDocument.class).stream()
                .map(d -> new WatchedMatch(card(d), HotspotDetails.matchedOn(matchKeys, new HashSet<>(d.matchKeys))))
                .toList();
    }

    private List<HotspotCard> cards(Query query) {
        query.fields().include("unitCode", "unitPath", "kind", "status", "name", "address");
        return mongo.find(query.limit(1), HotspotDocument.class).stream().map(MongoHotspots::card).toList();
    }

    private static HotspotCard card(HotspotDocument d) {
        return new HotspotCard(d.id, d.unitCode, d.unitPath, d.kind, d.status, d.name, d.address);
    }

    @Override
    public HotspotPage search(HotspotQuery q, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return new HotspotPage(List.of(), q.page(), q.size(), 0);
        }
        Query query = Query.query(criteria(q, scope));
        long total = mongo.count(query, HotspotDocument.class);
        query.with(Sort.by(Sort.Order.asc(q.sort().field()), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size()).limit(q.size());
        query.fields().exclude("history", "outbox", "outboxRecords", "matchKeys");
        List<HotspotSummary> items = mongo.find(query, HotspotDocument.class).stream()
                .map(d -> new HotspotSummary(d.id, d.kind, d.status, d.name, d.address, d.unitCode, d.businessKind,
                        d.cyberspace, d.addedOn, d.statusSince))
                .toList();
        return new HotspotPage(items, q.page(), q.size(), total);
    }

    @Override
    public List<MapPoint> mapPoints(HotspotQuery q, TenantScope scope, int limit) {
        if (scope.viewRoots().isEmpty()) {
            return List.of();
        }
        Criteria criteria = criteria(q, scope);
        Query query = Query.query(new Criteria().andOperator(criteria, Criteria.where("lat").ne(null)))
                .with(Sort.by("_id")).limit(limit);
        query.fields().include("kind", "status", "name", "unitCode", "lat", "lon");
        return mongo.find(query, HotspotDocument.class).stream()
                .filter(d -> d.lat != null && d.lon != null)
                .map(d -> new MapPoint(d.id, d.kind, d.status, d.name, d.unitCode, d.lat, d.lon)).toList();
    }

    private static Criteria criteria(HotspotQuery q, TenantScope scope) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("unitPath").in(scope.viewRoots()));
        if (q.unitCode() != null) {
            all.add(Criteria.where("unitPath").is(q.unitCode()));
        }
        if (!q.kinds().isEmpty()) {
            all.add(Criteria.where("kind").in(q.kinds()));
        }
        if (!q.statuses().isEmpty()) {
            all.add(Criteria.where("status").in(q.statuses()));
        }
        if (q.licensed() != null) {
            all.add(Criteria.where("licensed").is(q.licensed()));
        }
        if (!q.businessKinds().isEmpty()) {
            all.add(Criteria.where("businessKind").in(q.businessKinds()));
        }
        if (q.cyberspace() != null) {
            all.add(Criteria.where("cyberspace").is(q.cyberspace()));
        }
        if (q.text() != null) {
            all.add(Criteria.where("foldedText").regex(Pattern.quote(q.text())));
        }
        return new Criteria().andOperator(all);
    }
}
