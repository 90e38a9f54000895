package vn.drugctl.common.events;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay against a real Kafka broker and the MongoDB-wire server: what a write leaves is delivered and then
 * removed from the document; a hint lost in a crash is made good by the full scan; an event Kafka refuses for good is
 * parked without blocking the others; an {@link Error} in the relay does not stop it; health tells how old the oldest
 * undelivered item is.
 */
class OutboxRelayIT {
    static final String TOPIC = "relay-it.events.v1";
    /** A topic whose broker-side limit refuses records above 2 KB, for good. */
    static final String SMALL_TOPIC = "relay-it-small.events.v1";
    static final KafkaOnDemand kafka = new KafkaOnDemand();
    static MongoClient client;

    MongoTemplate mongo;
    SimpleMeterRegistry meters;
    OutboxRelay relay;
    AggregateStore store;

    @org.springframework.data.mongodb.core.mapping.Document("relay_it_things")
    static class Thing extends AggregateDocument {
        @Id
        String id;
        String name;
    }

    @BeforeAll
    static void servers() throws Exception {
        kafka.start(TOPIC);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(SMALL_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(SMALL_TOPIC, 1, (short) 1)
                        .configs(Map.of("max.message.bytes", "2048")))).all().get();
            }
        }
        client = MongoClients.create(InProcessMongo.uri("relay_it"));
    }

    @AfterAll
    static void stopServers() {
        client.close();
        kafka.close();
    }

    @BeforeEach
    void relay() {
        mongo = new MongoTemplate(client, "relay_it");
        mongo.remove(new Query(), "relay_it_things");
        mongo.remove(new Query(), "audit_it");
        mongo.remove(new Query(), OutboxRelay.PARKED);
        mongo.remove(new Query(), OutboxRelay.LEASES);
        meters = new SimpleMeterRegistry();
        start(this::kafkaProducer, Duration.ofMinutes(5));
    }

    private void start(Supplier<Producer<String, String>> producers, Duration fullScanInterval) {
        OutboxProperties properties = new OutboxProperties(List.of("relay_it_things"), Duration.ofMillis(100), 100,
                Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMillis(300), fullScanInterval,
                Duration.ofSeconds(30));
        relay = new OutboxRelay(mongo, producers, properties, Clock.systemUTC(), "relay-it", meters);
        store = new AggregateStore(mongo, relay);
        relay.start();
    }

    @AfterEach
    void stop() {
        relay.stop();
    }

    private Producer<String, String> kafkaProducer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000);
        // records above 4 KB are refused for good by the client, like a broker refuses those above its limit
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4096);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static OutboxEntry event(String topic, String aggregateId, String type, int payloadChars) {
        String eventId = UUID.randomUUID().toString();
        String envelope = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + type + "\",\"aggregateId\":\""
                + aggregateId + "\",\"payload\":{\"note\":\"" + "x".repeat(payloadChars) + "\"}}";
        return new OutboxEntry(eventId, type, topic, aggregateId, envelope, Instant.now());
    }

    private static OutboxRecord auditLine(String what) {
        String id = UUID.randomUUID().toString();
        return new OutboxRecord(id, "audit_it", new Document("what", what));
    }

    private Thing thing(String name) {
        Thing t = new Thing();
        t.id = UUID.randomUUID().toString();
        t.name = name;
        return t;
    }

    private Document stored(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "relay_it_things");
    }

    private List<ConsumerRecord<String, String>> published(String topic, String key, int atLeast) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "relay-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= atLeast;
            });
        }
        return found;
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> new String(r.headers().lastHeader("eventType").value())).toList();
    }

    @Test
    void whatAWriteLeavesIsDeliveredInOrderAndThenRemovedFromTheDocument() {
        Thing t = thing("first");
        store.insert(t, List.of(event(TOPIC, t.id, "ThingMade", 10), event(TOPIC, t.id, "ThingNamed", 10)),
                List.of(auditLine("made")));
        store.update(Thing.class, t.id, 1, new Update().set("name", "second"),
                List.of(event(TOPIC, t.id, "ThingRenamed", 10)), List.of(auditLine("renamed")));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(t.id).getInteger("outboxPending") == 0);
        Document after = stored(t.id);
        assertThat(after.getList("outbox", Document.class)).isEmpty();
        assertThat(after.getList("outboxRecords", Document.class)).isEmpty();
        assertThat(after.getString("name")).isEqualTo("second");
        assertThat(types(published(TOPIC, t.id, 3))).containsExactly("ThingMade", "ThingNamed", "ThingRenamed");
        assertThat(mongo.findAll(Document.class, "audit_it")).extracting(d -> d.getString("what"))
                .containsExactlyInAnyOrder("made", "renamed");
        assertThat(relay.status().oldestUndeliveredAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aRecordDeliveredTwiceIsInsertedOnce() {
        OutboxRecord line = auditLine("once");
        Thing a = thing("a");
        store.insert(a, List.of(), List.of(line));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(a.id).getInteger("outboxPending") == 0);
        // the same record again (a crash between the insert and its removal delivers it twice)
        Thing b = thing("b");
        store.insert(b, List.of(), List.of(line));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(b.id).getInteger("outboxPending") == 0);
        assertThat(mongo.count(new Query(), "audit_it")).isEqualTo(1);
    }

    @Test
    void aWriteWhoseHintWasLostIsDeliveredByTheFullScan() {
        relay.stop();
        start(this::kafkaProducer, Duration.ofSeconds(1));
        Thing t = thing("orphan");
        // written as AggregateStore writes, but the process "died" before the relay heard of it: no hint
        t.setOutbox(List.of(event(TOPIC, t.id, "ThingMade", 10)));
        t.setOutboxPending(1);
        t.setVersion(1);
        mongo.insert(t);

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(t.id).getInteger("outboxPending") == 0);
        assertThat(types(published(TOPIC, t.id, 1))).containsExactly("ThingMade");
    }

    @Test
    void anEventKafkaRefusesForGoodIsParkedAndTheOthersStillGo() {
        Thing big = thing("big");
        OutboxEntry tooLarge = event(SMALL_TOPIC, big.id, "ThingTooLarge", 10_000);
        store.insert(big, List.of(tooLarge, event(SMALL_TOPIC, big.id, "ThingAfter", 10)), List.of());
        Thing other = thing("other");
        store.insert(other, List.of(event(SMALL_TOPIC, other.id, "ThingSmall", 10)), List.of());

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(big.id).getInteger("outboxPending") == 0
                && stored(other.id).getInteger("outboxPending") == 0);
        Document parked = mongo.findOne(Query.query(Criteria.where("_id").is(tooLarge.eventId())), Document.class,
                OutboxRelay.PARKED);
        assertThat(parked).isNotNull();
        assertThat(parked.getString("reason")).contains("RecordTooLargeException");
        assertThat(parked.getString("envelope")).isEqualTo(tooLarge.envelope());
        assertThat(types(published(SMALL_TOPIC, big.id, 1))).containsExactly("ThingAfter");
        assertThat(types(published(SMALL_TOPIC, other.id, 1))).containsExactly("ThingSmall");
        assertThat(relay.status().parked()).isEqualTo(1);
        assertThat(meters.get("drugctl.outbox.parked").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void anErrorInTheRelayIsSurvivedAndReported() {
        relay.stop();
        AtomicInteger calls = new AtomicInteger();
        start(() -> {
            if (calls.incrementAndGet() <= 2) {
                throw new NoClassDefFoundError("org/example/BrokenClientClass");
            }
            return kafkaProducer();
        }, Duration.ofMinutes(5));
        Thing t = thing("patient");
        store.insert(t, List.of(event(TOPIC, t.id, "ThingMade", 10)), List.of());

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(t.id).getInteger("outboxPending") == 0);
        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
        assertThat(relay.status().workerAlive()).isTrue();
        assertThat(relay.status().lastFailure()).contains("NoClassDefFoundError");
        assertThat(meters.get("drugctl.outbox.failures").counter().count()).isGreaterThanOrEqualTo(2);
        assertThat(types(published(TOPIC, t.id, 1))).containsExactly("ThingMade");
    }

    @Test
    void whileKafkaIsDownHealthShowsTheAgeOfTheOldestEventAndNothingIsLost() {
        kafka.stop();
        try {
            Thing t = thing("waiting");
            store.insert(t, List.of(event(TOPIC, t.id, "ThingMade", 10)), List.of(auditLine("waiting")));
            // the audit line needs MongoDB only: it does not wait for Kafka
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(new Query(), "audit_it") == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.status().oldestUndeliveredAge()
                    .compareTo(Duration.ofSeconds(1)) > 0);
            assertThat(stored(t.id).getInteger("outboxPending")).isEqualTo(1);
            assertThat(relay.status().pendingDocuments()).isEqualTo(1);
        } finally {
            kafka.start(TOPIC);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.status().oldestUndeliveredAge().isZero()
                && mongo.count(Query.query(Criteria.where("outboxPending").gt(0)), "relay_it_things") == 0);
        assertThat(Set.copyOf(types(published(TOPIC, mongo.findOne(new Query(), Document.class, "relay_it_things")
                .getString("_id"), 1)))).containsExactly("ThingMade");
    }
}
