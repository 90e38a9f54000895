package vn.drugctl.registry.person;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/**
 * Registration through the HTTP API against the real MongoDB-wire server and a real Kafka broker that is
 * DOWN when the writes happen and comes up later.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonRegistrationIT {
    static final KafkaOnDemand kafka = new KafkaOnDemand();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("registry_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.outbox.poll-interval", () -> "200ms");
        registry.add("drugctl.outbox.max-backoff", () -> "1s");
    }

    @AfterAll
    static void stopKafka() {
        kafka.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), "persons");
    }

    private String register(String body, org.springframework.test.web.servlet.request.RequestPostProcessor token)
            throws Exception {
        MvcResult result = mvc.perform(post("/api/registry/persons").with(token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
    }

    private long storedPersons() {
        return mongo.count(new Query(), "persons");
    }

    private ConsumerRecord<String, String> awaitEvent(String personId) {
        return awaitEvent(personId, "PersonRegistered");
    }

    private ConsumerRecord<String, String> awaitEvent(String personId, String type) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + java.util.UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registry.events.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                return received.stream().anyMatch(r -> personId.equals(r.key()) && isType(r, type));
            });
        }
        return received.stream().filter(r -> personId.equals(r.key()) && isType(r, type)).findFirst().orElseThrow();
    }

    private static boolean isType(ConsumerRecord<String, String> record, String type) {
        return type.equals(new String(record.headers().lastHeader("eventType").value(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private int pendingEvents(String personId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(personId)), Document.class, "persons")
                .getInteger("outboxPending");
    }

    @Test
    void eventRecordedWhileKafkaIsStoppedReachesKafkaOnceItIsBack() throws Exception {
        kafka.start("registry.events.v1");
        String before = register("""
                {"fullName":"Đỗ Thị Mai","birthYear":1999,"sex":"FEMALE"}""", communeOfficer("HN-BL-VUBAN"));
        awaitEvent(before);

        kafka.stop();
        String id = register("""
                {"fullName":"Nguyễn Văn Tuấn","birthYear":1990,"sex":"MALE"}""", communeOfficer("HN-BL-VUBAN"));

        mvc.perform(post("/api/registry/persons/" + id + "/list-changes").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"toList":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-04-01"}"""))
                .andExpect(status().isOk());

        // the two events wait in the document for Kafka; their audit lines need MongoDB only and are delivered now
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findOne(Query.query(Criteria.where("_id").is(id)),
                Document.class, "persons").getList("outboxRecords", Document.class).isEmpty());
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons");
        assertThat(stored.getInteger("outboxPending")).isEqualTo(2);
        assertThat(stored.getList("outbox", Document.class)).hasSize(2);
        assertThat(mongo.count(Query.query(Criteria.where("recordId").is(id).and("action").in("REGISTER", "CHANGE")),
                "audit_log")).isEqualTo(2);
        assertThat(stored.getString("fullName")).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(stored.getString("foldedName")).isEqualTo("nguyen van tuan");

        kafka.start();
        ConsumerRecord<String, String> record = awaitEvent(id);
        JsonNode envelope = json.readTree(record.value());
        assertThat(envelope.get("eventType").asString()).isEqualTo("PersonRegistered");
        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("aggregateId").asString()).isEqualTo(id);
        assertThat(envelope.get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(envelope.get("sequence").asLong()).isEqualTo(1);
        assertThat(envelope.get("unitCode").asString()).isEqualTo("HN-BL-VUBAN");
        assertThat(envelope.get("unitPath").toString()).isEqualTo("[\"HN\",\"HN-BL\",\"HN-BL-VUBAN\"]");
        assertThat(envelope.get("actor").get("unitCode").asString()).isEqualTo("HN-BL-VUBAN");
        assertThat(envelope.get("payload").get("fullName").asString()).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(envelope.get("eventId").asString()).isNotBlank();
        assertThat(envelope.get("occurredAt").asString()).isNotBlank();
        assertThat(envelope.get("recordedAt").asString()).isNotBlank();
        assertThat(new String(record.headers().lastHeader("eventType").value())).isEqualTo("PersonRegistered");
        ConsumerRecord<String, String> moved = awaitEvent(id, "PersonMovedToList");
        assertThat(json.readTree(moved.value()).get("aggregateVersion").asLong()).isEqualTo(2);
        assertThat(json.readTree(moved.value()).get("sequence").asLong()).isEqualTo(2);
        assertThat(json.readTree(moved.value()).get("occurredAt").asString()).isEqualTo("2025-03-31T17:00:00Z");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingEvents(id) == 0);
    }

    @Test
    void communeOfficerCannotRegisterInAnotherCommuneAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/registry/persons").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"Trần Thị Hoa","birthYear":1995,"sex":"FEMALE","unitCode":"HN-BL-ANDO"}"""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/out-of-scope"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HN-BL-ANDO")));
        assertThat(storedPersons()).isZero();
    }

    @Test
    void otherCommuneFindsNoSuchPersonButTheDistrictAndProvinceRead() throws Exception {
        String id = register("""
                {"fullName":"Lê Văn Nam","birthYear":1988,"sex":"MALE"}""", communeOfficer("HN-BL-VUBAN"));

        mvc.perform(get("/api/registry/persons/" + id).with(communeOfficer("HN-BL-ANDO")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
        mvc.perform(get("/api/registry/persons/" + id).with(districtOfficer("HN-BL")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.details.fullName").value("Lê Văn Nam"));
        mvc.perform(get("/api/registry/persons/" + id).with(provinceAnalyst("HN")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/persons/" + id).with(provinceAnalyst("TN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownPersonIs404() throws Exception {
        mvc.perform(get("/api/registry/persons/does-not-exist").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
    }

    @Test
    void badInputIs400NamingTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/registry/persons").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fullName":"  ","birthYear":1800}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("fullName", "birthYear", "sex")));
        mvc.perform(post("/api/registry/persons").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"A\", \"sex\": \"UNKNOWN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [MALE, FEMALE], was 'UNKNOWN'"));
        mvc.perform(post("/api/registry/persons").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"Lò Văn Páo\", \"sex\": \"MALE\", \"birthYear\": 2099}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthYear"));
        mvc.perform(post("/api/registry/persons").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/malformed-body"));
        mvc.perform(post("/api/registry/persons").with(districtOfficer("HN-BL"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fullName":"Phạm Văn Bình","sex":"MALE","unitCode":"HN-BL-NOWHERE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        assertThat(storedPersons()).isZero();
    }

    @Test
    void requestWithoutTokenIs401ProblemDetail() throws Exception {
        mvc.perform(post("/api/registry/persons").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/unauthenticated"));
        assertThat(storedPersons()).isZero();
    }

    @Test
    void meReturnsTheCallersScope() throws Exception {
        mvc.perform(get("/api/registry/me").with(communeOfficer("HN-BL-VUBAN")).header("X-Correlation-Id", "test-correlation-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Correlation-Id", "test-correlation-1"))
                .andExpect(jsonPath("$.unit.code").value("HN-BL-VUBAN"))
                .andExpect(jsonPath("$.unit.name").value("Xã Vũ Bản"))
                .andExpect(jsonPath("$.unitPath[*].code").value(org.hamcrest.Matchers.contains("HN", "HN-BL", "HN-BL-VUBAN")))
                .andExpect(jsonPath("$.roles[0].code").value("COMMUNE_OFFICER"))
                .andExpect(jsonPath("$.capture").value(org.hamcrest.Matchers.contains("HN-BL-VUBAN")))
                .andExpect(jsonPath("$.view").value(org.hamcrest.Matchers.contains("HN-BL-VUBAN")));
        mvc.perform(get("/api/registry/me").with(provinceAnalyst("HN")))
                .andExpect(jsonPath("$.capture").isEmpty())
                .andExpect(jsonPath("$.view").value(org.hamcrest.Matchers.contains("HN")));
    }

    @Test
    void tokenForAUnitOutsideTheCatalogueIs403() throws Exception {
        mvc.perform(get("/api/registry/me").with(communeOfficer("XX-NOWHERE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("XX-NOWHERE")));
    }

    @Test
    void unitCatalogueIsServedReadOnly() throws Exception {
        mvc.perform(get("/api/registry/units").param("under", "HN-BL").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(16));
        mvc.perform(get("/api/registry/units/HN-BL-ANDO").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(jsonPath("$.name").value("Xã An Đổ"));
        mvc.perform(get("/api/registry/units/NOPE").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/unknown-unit"));
        mvc.perform(post("/api/registry/units").with(communeOfficer("HN-BL-VUBAN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/method-not-allowed"));
    }

    @Test
    void theApiPortServesNoActuatorItIsOnTheManagementPort() throws Exception {
        // readiness by Mongo ping and the metrics are checked on the management port (RegistryEdgeIT)
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
    }
}
