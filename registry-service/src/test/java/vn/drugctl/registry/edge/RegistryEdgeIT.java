package vn.drugctl.registry.edge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;
import vn.drugctl.common.testing.ServiceEdgeContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * registry-service on a real port: partner tokens refused on its API (reads and writes), framework errors as
 * problems (a registration that is not JSON is 415), an encoded slash refused as a problem, actuator on the
 * management port only. A refused request stores nothing.
 */
class RegistryEdgeIT extends ServiceEdgeContract {
    private static final String REGISTRATION = """
            {"fullName":"Đoàn Văn Thắng","sex":"MALE","birthYear":1987,
             "permanentResidence":{"village":"Thôn Thượng","unitCode":"HN-BL-VUBAN"}}""";

    private static final KafkaOnDemand kafka = new KafkaOnDemand();

    static {
        kafka.start("registry.events.v1");
    }

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("registry_edge_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.registry.period-expiry-cron", () -> "-");
        registry.add("drugctl.registry.period-expiry-on-start", () -> "false");
    }

    @Override
    protected String basePath() {
        return "/api/registry";
    }

    private long stored() {
        return mongo.count(new Query(), "persons") + mongo.count(new Query(), "audit_log");
    }

    @Test
    void aPartnerTokenCanNeitherRegisterNorSearchAndStoresNothing() {
        long before = stored();

        assertProblem(send(port, "POST", "/api/registry/persons", PARTNER, "application/json", REGISTRATION),
                403, "forbidden");
        assertProblem(get("/api/registry/persons?name=doan", PARTNER), 403, "forbidden");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aRegistrationThatIsNotJsonIsAnUnsupportedMediaTypeProblemAndStoresNothing() {
        long before = stored();

        assertProblem(send(port, "POST", "/api/registry/persons", OFFICER, "text/plain", REGISTRATION),
                415, "unsupported-media-type");
        assertThat(stored()).isEqualTo(before);
    }
}
