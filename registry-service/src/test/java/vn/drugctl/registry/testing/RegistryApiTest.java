package vn.drugctl.registry.testing;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the registry's API integration tests: the service on MockMvc with the real MongoDB-wire server and a real
 * Kafka broker (started once for all subclasses), and helpers to call the API and to prove that a rejected request
 * changed nothing (the stored document is byte-for-byte the same, and no audit line was written).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class RegistryApiTest {
    protected static final KafkaOnDemand kafka = new KafkaOnDemand();

    static {
        kafka.start("registry.events.v1");
    }

    @DynamicPropertySource
    static void registryProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("registry_api_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.outbox.poll-interval", () -> "200ms");
        registry.add("drugctl.outbox.max-backoff", () -> "1s");
        // the tests trigger the expiry themselves; a nightly run landing mid-test must not change their data
        registry.add("drugctl.registry.period-expiry-cron", () -> "-");
        registry.add("drugctl.registry.period-expiry-on-start", () -> "false");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected JsonMapper json;

    protected void clean() {
        mongo.remove(new Query(), "persons");
        mongo.remove(new Query(), "person_duplicate_groups");
        mongo.remove(new Query(), "audit_log");
    }

    protected ResultActions postJson(String path, String body, RequestPostProcessor token) throws Exception {
        return mvc.perform(post(path).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions putJson(String path, String body, RequestPostProcessor token) throws Exception {
        return mvc.perform(put(path).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode register(String body, RequestPostProcessor token) throws Exception {
        var response = postJson("/api/registry/persons", body, token).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    protected JsonNode record(String id, RequestPostProcessor token) throws Exception {
        return body(mvc.perform(get("/api/registry/persons/" + id).with(token)).andExpect(status().isOk()));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** The stored person without the relay's bookkeeping (which drains on its own while a test runs). */
    protected Document stored(String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons");
        document.remove("outbox");
        document.remove("outboxRecords");
        document.remove("outboxPending");
        return document;
    }

    protected long auditLines() {
        return mongo.count(new Query(), "audit_log");
    }

    protected Document newestAuditLine() {
        return mongo.find(new Query().with(org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "at")).limit(1), Document.class, "audit_log")
                .getFirst();
    }

    /** Audit lines of what changed a record (REGISTER, CHANGE, IMPORT). */
    protected long changeAuditLines() {
        return mongo.count(Query.query(Criteria.where("action").in("REGISTER", "CHANGE", "IMPORT")), "audit_log");
    }

    /** Waits until the relay delivered every audit line the writes so far left in the person documents. */
    protected void auditDelivered() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mongo.count(
                Query.query(Criteria.where("outboxRecords.0").exists(true)), "persons") == 0);
    }

    /**
     * Runs a request that must be rejected and proves it changed nothing stored: the document is byte-for-byte the
     * same and no change was audited. The attempt itself may leave audit lines (refused or unchanged, denied, a
     * duplicate disclosed), never a change; none when it never reached a record (no token, a malformed body).
     */
    protected void rejectedWithoutChange(String id, Rejection rejection) throws Exception {
        auditDelivered();
        String before = stored(id).toJson();
        long audit = auditLines();
        long changes = changeAuditLines();
        rejection.run();
        auditDelivered();
        assertThat(stored(id).toJson()).isEqualTo(before);
        assertThat(changeAuditLines()).isEqualTo(changes);
        int added = Math.toIntExact(auditLines() - audit);
        assertThat(added).isBetween(0, 3);
        if (added > 0) {
            assertThat(mongo.find(new Query().with(org.springframework.data.domain.Sort.by(
                            org.springframework.data.domain.Sort.Direction.DESC, "at")).limit(added), Document.class,
                    "audit_log")).extracting(d -> d.getString("action")).allMatch(a -> List.of("NO_CHANGE", "DENIED",
                    "DISCLOSE").contains(a));
        }
    }

    @FunctionalInterface
    protected interface Rejection {
        void run() throws Exception;
    }
}
