package vn.drugctl.hotspot.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;
import vn.drugctl.common.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Base of the service's API integration tests: the service on MockMvc with the real MongoDB-wire server and a real
 * Kafka broker (started once per test JVM for all subclasses, topic {@value #TOPIC}), synthetic tokens for the
 * tenants of the demo catalogue, and helpers to call the API, read events off Kafka and prove that a rejected request
 * changed nothing: the stored document is byte-for-byte the same (so no history entry, no event: events travel in the
 * same document write), and no change was audited.
 *
 * <p>Every feature of the service uses this base; it knows no feature's collection by name ({@link #clean()} empties
 * every collection of the test database).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class HotspotApiTest {
    public static final String TOPIC = "hotspot.events.v1";

    /** Tenants of the demo catalogue: two communes of one district, the district, its province, another province. */
    protected static final String VUBAN = "HN-BL-VUBAN";
    protected static final String TRANGAN = "HN-BL-TRANGAN";
    protected static final String BINHLUC = "HN-BL";
    protected static final String HANAM = "HN";
    protected static final String GIASANG = "TN-GIASANG";
    protected static final String THAINGUYEN = "TN";

    /** Audit actions that say a record was read, tried or found, never that it changed. */
    private static final Set<String> NOT_A_CHANGE = Set.of("READ", "NO_CHANGE", "DENIED", "SEARCH", "DISCLOSE");

    protected static final KafkaOnDemand kafka = new KafkaOnDemand();

    static {
        kafka.start(TOPIC);
    }

    @DynamicPropertySource
    static void hotspotProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_api_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.outbox.poll-interval", () -> "200ms");
        registry.add("drugctl.outbox.max-backoff", () -> "1s");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected JsonMapper json;

    // ---- tokens (synthetic users; the token checks themselves are proven in system-tests)

    /** An officer of a commune: captures in it, sees it. */
    protected static RequestPostProcessor officer(String commune) {
        return TestTokens.communeOfficer(commune);
    }

    /** An officer of the district team: sees every commune of the district, captures only for the district. */
    protected static RequestPostProcessor districtOfficer(String district) {
        return TestTokens.districtOfficer(district);
    }

    /** The province's drug police: sees every unit of the province, captures nothing. */
    protected static RequestPostProcessor provinceAnalyst(String province) {
        return TestTokens.provinceAnalyst(province);
    }

    /** Another province's client-credentials token: for the gateway's /exchange/** only, 403 here. */
    protected static RequestPostProcessor partner() {
        return TestTokens.partner("PARTNER-BN");
    }

    // ---- calls

    protected ResultActions getPath(String path, RequestPostProcessor token) throws Exception {
        return mvc.perform(get(path).with(token));
    }

    protected ResultActions postJson(String path, String body, RequestPostProcessor token) throws Exception {
        return mvc.perform(post(path).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions putJson(String path, String body, RequestPostProcessor token) throws Exception {
        return mvc.perform(put(path).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** Posts and expects {@code status}, answering the body. */
    protected JsonNode postExpecting(int status, String path, String body, RequestPostProcessor token)
            throws Exception {
        var response = postJson(path, body, token).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    // ---- the store

    /** Empties every collection of the test database (aggregates, audit, relay bookkeeping). */
    protected void clean() {
        for (String collection : mongo.getCollectionNames()) {
            if (!collection.startsWith("system.")) {
                mongo.remove(new Query(), collection);
            }
        }
    }

    /** A stored document without the relay's bookkeeping (which drains on its own while a test runs). */
    protected Document stored(String collection, String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
        assertThat(document).as(collection + " " + id).isNotNull();
        return withoutBookkeeping(document);
    }

    /** Every document of every collection but the audit trail, without the relay's bookkeeping. */
    protected Map<String, List<String>> everythingStored() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || collection.equals("audit_log")
                    || collection.startsWith("outbox")) {
                continue;
            }
            all.put(collection, mongo.find(new Query().with(Sort.by("_id")), Document.class, collection).stream()
                    .map(d -> withoutBookkeeping(d).toJson()).toList());
        }
        return all;
    }

    private static Document withoutBookkeeping(Document document) {
        document.remove("outbox");
        document.remove("outboxRecords");
        document.remove("outboxPending");
        return document;
    }

    // ---- the audit trail

    protected long auditLines() {
        return mongo.count(new Query(), "audit_log");
    }

    /** Audit lines of what changed a record (any action but a read, a refusal, a search or a disclosure). */
    protected long changeAuditLines() {
        return mongo.count(Query.query(Criteria.where("action").nin(NOT_A_CHANGE)), "audit_log");
    }

    /** The newest {@code count} audit lines, newest first. */
    protected List<Document> newestAuditLines(int count) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(count), Document.class,
                "audit_log");
    }

    /** Waits until the relay delivered every event and audit line the writes so far left in any document. */
    protected void outboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollectionNames().stream()
                .filter(c -> !c.startsWith("system."))
                .allMatch(c -> mongo.count(Query.query(Criteria.where("outboxPending").gt(0)), c) == 0));
    }

    // ---- rejections change nothing

    /**
     * Runs a request that must be rejected and proves it changed nothing of the record {@code id} in
     * {@code collection}: the document (state, version, history) is byte-for-byte the same, so no entry and no event
     * was written, and no change was audited. The attempt itself may leave audit lines (refused, denied, disclosed),
     * never a change.
     */
    protected void rejectedWithoutChange(String collection, String id, Rejection rejection) throws Exception {
        outboxDrained();
        String before = stored(collection, id).toJson();
        long changes = changeAuditLines();
        long audit = auditLines();
        rejection.run();
        outboxDrained();
        assertThat(stored(collection, id).toJson()).isEqualTo(before);
        assertThat(changeAuditLines()).as("change audit lines").isEqualTo(changes);
        assertThat(auditLines() - audit).as("audit lines of the attempt").isBetween(0L, 4L);
    }

    /**
     * Runs a request that must be rejected and proves it stored nothing anywhere: every collection but the audit
     * trail holds the same documents, byte for byte, and no change was audited (a refused creation).
     */
    protected void rejectedWithoutAnyChange(Rejection rejection) throws Exception {
        outboxDrained();
        Map<String, List<String>> before = everythingStored();
        long changes = changeAuditLines();
        rejection.run();
        outboxDrained();
        assertThat(everythingStored()).isEqualTo(before);
        assertThat(changeAuditLines()).as("change audit lines").isEqualTo(changes);
    }

    @FunctionalInterface
    protected interface Rejection {
        void run() throws Exception;
    }

    // ---- events on Kafka

    /** The first {@code count} events of an aggregate on {@value #TOPIC}, in order (waits up to 60 s for them). */
    protected List<JsonNode> eventsOf(String aggregateId, int count) {
        List<JsonNode> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (aggregateId.equals(r.key())) {
                        received.add(json.readTree(r.value()));
                    }
                }
                return received.size() >= count;
            });
        }
        return received;
    }

    /**
     * Every event of an aggregate on {@value #TOPIC} once the relay drained the outbox: reads the topic to its end.
     */
    protected List<JsonNode> allEventsOf(String aggregateId) {
        outboxDrained();
        List<JsonNode> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            int[] emptyPolls = {0};
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) {
                    if (aggregateId.equals(r.key())) {
                        received.add(json.readTree(r.value()));
                    }
                }
                boolean assigned = !consumer.assignment().isEmpty();
                emptyPolls[0] = records.isEmpty() && assigned ? emptyPolls[0] + 1 : 0;
                return assigned && emptyPolls[0] >= 2 && consumer.assignment().stream().allMatch(p ->
                        consumer.position(p) >= consumer.endOffsets(List.of(p)).get(p));
            });
        }
        return received;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer());
    }
}
