package vn.drugctl.registry.person.infrastructure.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonEvent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Persons in MongoDB; every read is filtered by the caller's view roots on the stored unit path. */
@Repository
public class MongoPersons implements Persons {
    public static final String TOPIC = "registry.events.v1";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final UnitCatalogue units;
    private final Clock clock;

    public MongoPersons(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, UnitCatalogue units,
                        Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void add(Person person, List<PersonEvent> events, Actor actor) {
        var unit = units.require(person.unitCode());
        List<OutboxEntry> entries = events.stream()
                .map(e -> envelopes.wrap(TOPIC, e, person.id(), person.version(), unit, clock.instant(), actor))
                .toList();
        store.insert(PersonDocument.of(person), entries);
    }

    @Override
    public Optional<Person> find(String id, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("_id").is(id).and("unitPath").in(scope.viewRoots()));
        return Optional.ofNullable(mongo.findOne(query, PersonDocument.class)).map(PersonDocument::toPerson);
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), PersonDocument.class);
    }
}
