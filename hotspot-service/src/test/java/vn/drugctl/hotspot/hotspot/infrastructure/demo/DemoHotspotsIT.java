package vn.drugctl.hotspot.hotspot.infrastructure.demo;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.drugctl.common.testing.InProcessMongo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With drugctl.demo-data.enabled the service loads its synthetic set once, into an empty store only. */
@SpringBootTest(properties = "drugctl.demo-data.enabled=true")
class DemoHotspotsIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_demo_it"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1"); // the events wait in the documents
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DemoHotspots demo;

    @Test
    void aClearlyFakeSetOfEveryKindWithALicensedKaraokeACyberspaceGroupAndOneReactivationIsLoadedOnce() {
        List<Document> points = mongo.findAll(Document.class, "hotspots");
        assertThat(points).hasSize(7);
        assertThat(points).allSatisfy(p -> assertThat(p.getString("name")).endsWith(DemoHotspots.MARK));
        assertThat(points).extracting(p -> p.getString("kind")).contains("COMPLEX_POINT", "CLUSTER", "RISK_POINT",
                "RETAIL_DEALER");
        assertThat(points).filteredOn(p -> "KARAOKE".equals(p.getString("businessKind"))).hasSize(1);
        assertThat(points).filteredOn(p -> Boolean.TRUE.equals(p.getBoolean("cyberspace"))).hasSize(1);
        Document reactivated = mongo.findOne(Query.query(Criteria.where("history.eventType").is("HotspotReactivated")),
                Document.class, "hotspots");
        assertThat(reactivated.getString("status")).isEqualTo("ACTIVE");
        assertThat(reactivated.getString("unitCode")).isEqualTo("HN-BL-TRANGAN");
        assertThat(mongo.count(Query.query(Criteria.where("username").is("officer.vuban")
                .and("action").is("REGISTER")), "audit_log") + mongo.count(Query.query(
                Criteria.where("outboxRecords.document.username").is("officer.vuban")), "hotspots")).isPositive();

        demo.run(null);
        assertThat(mongo.count(new Query(), "hotspots")).as("a second start loads nothing").isEqualTo(7);
    }

    @Test
    void theShippedConfigurationNeverEnablesIt() throws Exception {
        String shipped = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(shipped).doesNotContain("demo-data");
    }
}
