package vn.drugctl.common.aggregate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.OutboxEntry;
import vn.drugctl.common.events.OutboxProperties;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.common.events.OutboxRelay;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitLevel;
import vn.drugctl.common.testing.InProcessMongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared aggregate look-ups and the history update against the MongoDB-wire server: a document is found only
 * through a view root on its unit path and without its outbox fields; the owner is found whoever asks; a history
 * update appends the entries and bumps the version, or writes nothing and answers false on a stale version.
 */
class ScopedAggregateQueriesIT {
    static final String COLLECTION = "aggregate_it_things";
    static MongoClient client;

    MongoTemplate mongo;
    AggregateStore store;

    @org.springframework.data.mongodb.core.mapping.Document(COLLECTION)
    static class Thing extends AggregateDocument {
        @Id
        String id;
        String unitCode;
        List<String> unitPath;
        List<String> history = new ArrayList<>();
    }

    @BeforeAll
    static void server() {
        client = MongoClients.create(InProcessMongo.uri("aggregate_it"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void store() {
        mongo = new MongoTemplate(client, "aggregate_it");
        mongo.remove(new Query(), COLLECTION);
        OutboxProperties properties = new OutboxProperties(List.of(COLLECTION), Duration.ofMillis(100), 100,
                Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofMinutes(5),
                Duration.ofSeconds(30));
        // never started: these tests look at the documents, not at delivery
        OutboxRelay relay = new OutboxRelay(mongo, () -> {
            throw new IllegalStateException("no Kafka in this test");
        }, properties, Clock.systemUTC(), "aggregate-it", new SimpleMeterRegistry());
        store = new AggregateStore(mongo, relay);
        Thing thing = new Thing();
        thing.id = "t-1";
        thing.unitCode = "HN-BL";
        thing.unitPath = List.of("HN", "HN-BL");
        thing.history.add("made");
        store.insert(thing, List.of(event("e-1")), List.of(new OutboxRecord("r-1", "audit_it", new Document("line", 1))));
    }

    private static OutboxEntry event(String id) {
        return new OutboxEntry(id, "ThingMade", "things.events.v1", "t-1", "{}", Instant.EPOCH);
    }

    private static TenantScope viewing(String... roots) {
        Unit unit = new Unit("HN-BL", "Công an huyện Ba Lì", UnitLevel.DISTRICT, "HN", LocalDate.of(2020, 1, 1),
                null, null, List.of("HN", "HN-BL"));
        return new TenantScope("sub-1", "canbo.thu", unit, Set.of(), Set.of(), Set.of(roots));
    }

    @Test
    void aDocumentIsFoundThroughAViewRootOnItsPathWithoutItsOutbox() {
        Thing found = ScopedAggregateQueries.findInScope(mongo, Thing.class, "t-1", viewing("HN")).orElseThrow();

        assertThat(found.unitCode).isEqualTo("HN-BL");
        assertThat(found.history).containsExactly("made");
        assertThat(found.getVersion()).isEqualTo(1);
        assertThat(found.getOutbox()).isNullOrEmpty();
        assertThat(found.getOutboxRecords()).isNullOrEmpty();
        assertThat(mongo.findById("t-1", Document.class, COLLECTION).getList("outbox", Document.class)).hasSize(1);
    }

    @Test
    void anotherUnitsViewNoViewAndAMissingIdFindNothing() {
        assertThat(ScopedAggregateQueries.findInScope(mongo, Thing.class, "t-1", viewing("HN-CG"))).isEmpty();
        assertThat(ScopedAggregateQueries.findInScope(mongo, Thing.class, "t-1", viewing("HCM"))).isEmpty();
        assertThat(ScopedAggregateQueries.findInScope(mongo, Thing.class, "t-1", viewing())).isEmpty();
        assertThat(ScopedAggregateQueries.findInScope(mongo, Thing.class, "t-9", viewing("HN"))).isEmpty();
    }

    @Test
    void theOwnerIsFoundWhoeverAsks() {
        assertThat(ScopedAggregateQueries.owner(mongo, Thing.class, "t-1"))
                .contains(new ScopedAggregateQueries.Owner("HN-BL", List.of("HN", "HN-BL")));
        assertThat(ScopedAggregateQueries.owner(mongo, Thing.class, "t-9")).isEmpty();
    }

    @Test
    void aHistoryUpdateAppendsAndBumpsTheVersionOrWritesNothingWhenStale() {
        boolean written = store.updateWithHistory(Thing.class, "t-1", 1, new Update().set("unitCode", "HN-BL"),
                List.of("painted", "moved"), List.of(event("e-2"), event("e-3")), List.of());
        assertThat(written).isTrue();

        Document after = mongo.findById("t-1", Document.class, COLLECTION);
        assertThat(after.getList("history", String.class)).containsExactly("made", "painted", "moved");
        assertThat(after.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(after.getList("outbox", Document.class)).hasSize(3);

        boolean stale = store.updateWithHistory(Thing.class, "t-1", 1, new Update().set("unitCode", "HCM"),
                List.of("lost"), List.of(event("e-4")), List.of());
        assertThat(stale).isFalse();
        assertThat(mongo.findById("t-1", Document.class, COLLECTION)).isEqualTo(after);
    }
}
