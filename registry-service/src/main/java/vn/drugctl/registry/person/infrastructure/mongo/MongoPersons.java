package vn.drugctl.registry.person.infrastructure.mongo;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.aggregate.ScopedAggregateQueries;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.HistoryOutbox;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.application.DuplicateCccd;
import vn.drugctl.registry.person.application.PersonCard;
import vn.drugctl.registry.person.application.PersonPage;
import vn.drugctl.registry.person.application.PersonQuery;
import vn.drugctl.registry.person.application.PersonSummary;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.MongoAuditTrail;
import vn.drugctl.registry.notification.application.Notification;
import vn.drugctl.registry.notification.infrastructure.mongo.MongoNotifications;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RegistryState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Persons in MongoDB. Every read for a user filters on the stored unit path by the caller's view roots; a change
 * is one version-guarded document update that sets the state copied from the history, appends the new history
 * entries and their outbox events, and carries the change's audit line and notices as outbox records.
 */
@Repository
public class MongoPersons implements Persons {
    public static final String COLLECTION = "persons";
    /**
     * Likely-duplicate groups: {@code _id} = the duplicate key, {@code members} = ids of people who had that key. Kept
     * beside the persons because the local MongoDB stand-in has no secondary indexes (a lookup by duplicate key
     * scanned every person: 6 s for 28 000 people); written before the person, read by {@code _id}, and every member is
     * checked against the person's current key, so a stale or dangling member is harmless.
     */
    static final String DUPLICATE_GROUPS = "person_duplicate_groups";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final UnitCatalogue units;
    private final PersonEventCodec codec;
    private final MongoAuditTrail audit;
    private final MongoNotifications notifications;
    private final ZoneId zone;

    public MongoPersons(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, UnitCatalogue units,
                        PersonEventCodec codec, MongoAuditTrail audit, MongoNotifications notifications,
                        RegistryTime time) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.units = units;
        this.codec = codec;
        this.audit = audit;
        this.notifications = notifications;
        this.zone = time.zone();
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("cccdKey", Sort.Direction.ASC).unique().named("cccdKey_unique"));
        indexes.createIndex(new Index().on("unitPath", Sort.Direction.ASC).on("foldedName", Sort.Direction.ASC)
                .named("unitPath_foldedName"));
        indexes.createIndex(new Index().on("unitPath", Sort.Direction.ASC).on("list", Sort.Direction.ASC)
                .named("unitPath_list"));
        indexes.createIndex(new Index().on("duplicateKey", Sort.Direction.ASC).named("duplicateKey"));
        indexes.createIndex(new Index().on("periodEndsOn", Sort.Direction.ASC).named("periodEndsOn"));
    }

    @Override
    public void add(Person person, List<HistoryEntry> entries, AuditEntry auditLine) {
        Unit unit = units.require(person.unitCode());
        PersonDocument document = PersonDocument.of(person, codec, unit.provinceCode());
        joinDuplicateGroup(document.duplicateKey, person.id());
        try {
            store.insert(document, outbox(person, unit, entries), List.of(audit.outboxRecord(auditLine)));
        } catch (DuplicateKeyException e) {
            String cccd = person.state().details().cccd();
            Optional<PersonCard> holder = byCccd(unit.provinceCode(), cccd);
            if (holder.isEmpty() || holder.get().id().equals(person.id())) {
                throw new RegisteringPerson.AlreadyRegistered(person.id());
            }
            throw new DuplicateCccd(cccd, holder.get());
        }
    }

    @Override
    public boolean update(Person person, long expectedVersion, List<HistoryEntry> newEntries, AuditEntry auditLine,
                          List<Notification> notifications) {
        Unit unit = units.require(person.unitCode());
        PersonDocument state = new PersonDocument();
        state.id = person.id();
        state.copyState(person.state(), unit.provinceCode());
        Update update = new Update()
                .set("fullName", state.fullName).set("foldedName", state.foldedName)
                .set("foldedNames", state.foldedNames).set("sex", state.sex).set("birthYear", state.birthYear)
                .set("village", state.village).set("cccdKey", state.cccdKey).set("duplicateKey", state.duplicateKey)
                .set("list", state.list).set("onListSince", state.onListSince)
                .set("periodEndsOn", state.periodEndsOn).set("addictLocation", state.addictLocation)
                .set("flags", state.flags).set("presence", state.presence);
        if (newEntries.stream().anyMatch(e -> e.event() instanceof vn.drugctl.registry.person.domain.PersonDetailsChanged)) {
            joinDuplicateGroup(state.duplicateKey, person.id());
        }
        try {
            return store.updateWithHistory(PersonDocument.class, person.id(), expectedVersion, update,
                    newEntries.stream().map(e -> PersonDocument.entry(e, codec)).toList(),
                    outbox(person, unit, newEntries), records(auditLine, notifications));
        } catch (DuplicateKeyException e) {
            String cccd = person.state().details().cccd();
            throw new DuplicateCccd(cccd, byCccd(unit.provinceCode(), cccd).orElse(null));
        }
    }

    /** What the relay inserts after the write: the audit line of the change, then its notices. */
    private List<OutboxRecord> records(AuditEntry auditLine, List<Notification> notifications) {
        List<OutboxRecord> records = new ArrayList<>(1 + notifications.size());
        records.add(audit.outboxRecord(auditLine));
        notifications.forEach(n -> records.add(this.notifications.outboxRecord(n)));
        return records;
    }

    /**
     * The envelopes of the new entries: each with its own sequence, its position in the person's history (the new
     * entries are the last ones), and the version of this write; occurredAt is the start of the business day in the
     * registry's time zone ({@code drugctl.registry.zone}).
     */
    private List<OutboxEntry> outbox(Person person, Unit unit, List<HistoryEntry> entries) {
        return HistoryOutbox.envelopes(envelopes, codec.contract(), person.id(), person.version(),
                person.history().size(), unit, entries.stream().map(e -> new HistoryOutbox.Entry<>(e.event(),
                        e.eventId(), e.event().businessDate().atStartOfDay(zone).toInstant(), e.recordedAt(),
                        e.actor())).toList());
    }

    @Override
    public Optional<Person> find(String id, TenantScope scope) {
        return ScopedAggregateQueries.findInScope(mongo, PersonDocument.class, id, scope)
                .map(d -> d.toPerson(codec));
    }

    @Override
    public Optional<Person> load(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().exclude("outbox");
        return Optional.ofNullable(mongo.findOne(query, PersonDocument.class)).map(d -> d.toPerson(codec));
    }

    @Override
    public Optional<PersonCard> card(String id) {
        return cards(Query.query(Criteria.where("_id").is(id)), 1).stream().findFirst();
    }

    @Override
    public Optional<PersonCard> byCccd(String provinceCode, String cccd) {
        if (cccd == null) {
            return Optional.empty();
        }
        return cards(Query.query(Criteria.where("cccdKey").is(PersonDocument.cccdKey(provinceCode, cccd, null))), 1)
                .stream().findFirst();
    }

    @Override
    public List<PersonCard> likelyDuplicates(String provinceCode, String likelyDuplicateKey, int limit) {
        String key = provinceCode + "|" + likelyDuplicateKey;
        org.bson.Document group = mongo.findById(key, org.bson.Document.class, DUPLICATE_GROUPS);
        List<String> members = group == null ? List.of() : group.getList("members", String.class, List.of());
        if (members.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(members));
        query.fields().include("fullName", "birthYear", "village", "list", "unitCode", "unitPath", "duplicateKey");
        return mongo.find(query, PersonDocument.class).stream()
                .filter(d -> key.equals(d.duplicateKey)).limit(limit)
                .map(d -> new PersonCard(d.id, d.fullName, d.birthYear, d.village, d.list, d.unitCode, d.unitPath))
                .toList();
    }

    private void joinDuplicateGroup(String key, String personId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().addToSet("members", personId),
                DUPLICATE_GROUPS);
    }

    private List<PersonCard> cards(Query query, int limit) {
        query.fields().include("fullName", "birthYear", "village", "list", "unitCode", "unitPath");
        query.limit(limit);
        return mongo.find(query, PersonDocument.class).stream()
                .map(d -> new PersonCard(d.id, d.fullName, d.birthYear, d.village, d.list, d.unitCode, d.unitPath))
                .toList();
    }

    @Override
    public PersonPage search(PersonQuery q, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return new PersonPage(List.of(), q.page(), q.size(), 0);
        }
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("unitPath").in(scope.viewRoots()));
        if (q.unitCode() != null) {
            all.add(Criteria.where("unitPath").is(q.unitCode()));
        }
        if (q.onNoList()) {
            all.add(Criteria.where("list").is(null));
        } else if (!q.lists().isEmpty()) {
            all.add(Criteria.where("list").in(q.lists()));
        }
        if (!q.flags().isEmpty()) {
            all.add(Criteria.where("flags").all(q.flags()));
        }
        if (q.birthYear() != null) {
            all.add(Criteria.where("birthYear").is(q.birthYear()));
        }
        if (q.birthYearMin() != null) {
            all.add(Criteria.where("birthYear").gte(q.birthYearMin()));
        }
        if (q.birthYearMax() != null) {
            all.add(Criteria.where("birthYear").lte(q.birthYearMax()));
        }
        if (q.namePrefix() != null) {
            all.add(Criteria.where("foldedNames").regex("^" + Pattern.quote(q.namePrefix())));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, PersonDocument.class);
        query.with(Sort.by(Sort.Order.asc(q.sort().field()), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size()).limit(q.size());
        query.fields().exclude("history", "outbox");
        List<PersonSummary> items = mongo.find(query, PersonDocument.class).stream()
                .map(d -> new PersonSummary(d.id, d.fullName, d.sex, d.birthYear, d.village, d.list, d.onListSince,
                        d.addictLocation, d.flags == null ? Set.of() : new HashSet<>(d.flags), d.presence, d.unitCode))
                .toList();
        return new PersonPage(items, q.page(), q.size(), total);
    }

    @Override
    public List<String> withPeriodEndingBy(LocalDate date, int limit) {
        Query query = Query.query(Criteria.where("periodEndsOn").lte(date).and("list").ne(null))
                .with(Sort.by("periodEndsOn", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, PersonDocument.class).stream().map(d -> d.id).toList();
    }
}
