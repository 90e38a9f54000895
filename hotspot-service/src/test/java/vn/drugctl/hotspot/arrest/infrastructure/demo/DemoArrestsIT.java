package vn.drugctl.hotspot.arrest.infrastructure.demo;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.drugctl.common.testing.InProcessMongo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With drugctl.demo-data.enabled the service loads its synthetic arrests and surveillance records once. */
@SpringBootTest(properties = "drugctl.demo-data.enabled=true")
class DemoArrestsIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_demo_it"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1"); // the events wait in the documents
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DemoArrests demo;

    @Test
    void arrestsWithSeizuresAndSurveillanceRecordsAreLoadedOnceAndClearlyFake() {
        List<Document> incidents = mongo.find(new Query(), Document.class, "incidents");
        assertThat(incidents).hasSize(3);
        assertThat(incidents).extracting(d -> d.getString("outcome"))
                .containsExactlyInAnyOrder("PENDING", "PROSECUTED", "ADMINISTRATIVE");
        assertThat(incidents).allSatisfy(d -> assertThat(d.get("history").toString()).contains("dữ liệu mẫu"));
        List<Document> records = mongo.find(new Query(), Document.class, "surveillance_records");
        assertThat(records).extracting(d -> d.getString("kind")).containsExactlyInAnyOrder("SUU_TRA", "SUU_TRA",
                "HIEM_NGHI_CYBERSPACE", "CHUYEN_AN");
        assertThat(records).filteredOn(d -> "CLOSED".equals(d.getString("status"))).singleElement()
                .satisfies(d -> assertThat(d.getString("closingReason")).isEqualTo("PROSECUTED"));

        demo.run(null);
        assertThat(mongo.count(new Query(), "incidents")).as("a second start loads nothing").isEqualTo(3);
        assertThat(mongo.count(new Query(), "surveillance_records")).isEqualTo(4);
    }
}
