package vn.drugctl.hotspot.arrest.web;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.drugctl.hotspot.arrest.application.ApplyingIncidentEffects;
import vn.drugctl.hotspot.arrest.domain.IncidentRecorded;
import vn.drugctl.hotspot.arrest.infrastructure.kafka.IncidentEffectsListener;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.IncidentEventCodec;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An incident that eradicates or neutralises hotspots: checked against the hotspot in the caller's scope and its
 * dated rules before the incident is written (400 / 422, nothing stored), then applied to the hotspot from the
 * incident's event by hotspot-service's own consumer, the hotspot's history naming the incident; a redelivered event
 * changes the hotspot once.
 */
class IncidentHotspotEffectsIT extends HotspotApiTest {
    static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();

    @Autowired
    ApplyingIncidentEffects applying;
    @Autowired
    IncidentEventCodec codec;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void empty() {
        clean();
    }

    String riskPoint(String commune) throws Exception {
        return postExpecting(201, "/api/hotspots", """
                {"kind":"RISK_POINT","name":"Bãi đất trống ven sông (giả lập)",
                 "address":{"road":"Đường đê","village":"Thôn Đông","unitCode":"%s"},
                 "officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10"}""".formatted(commune),
                officer(commune)).get("id").asString();
    }

    static String incident(String effects) {
        return """
                {"occurredAt":"%sT21:30:00+07:00","place":{"village":"Thôn Đông","unitCode":"HN-BL-VUBAN"},
                 "suspects":[{"suspectId":"s1","fullName":"Hà Văn Thử","birthYear":1991,"acts":["SALE"]}],
                 "seizures":[{"kind":"HEROIN","grams":"0.200","suspectId":"s1"}],
                 "hotspotEffects":%s}""".formatted(YESTERDAY, effects);
    }

    double duplicates() {
        var counter = meters.find("drugctl.events.consumed").tags("consumer", IncidentEffectsListener.CONSUMER,
                "outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    long hotspotVersion(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "hotspots")
                .get("version", Number.class).longValue();
    }

    @Test
    void anIncidentEradicatesAHotspotOnceEvenWhenItsEventIsDeliveredAgain() throws Exception {
        String hotspot = riskPoint(VUBAN);
        String incident = postExpecting(201, "/api/hotspots/incidents",
                incident("[{\"hotspotId\":\"" + hotspot + "\",\"effect\":\"ERADICATES\"}]"), officer(VUBAN))
                .get("id").asString();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> getPath("/api/hotspots/" + hotspot,
                officer(VUBAN)).andExpect(jsonPath("$.now.status").value("ERADICATED")));
        JsonNode point = body(getPath("/api/hotspots/" + hotspot, officer(VUBAN)));
        assertThat(point.get("now").get("incidentIds").get(0).asString()).isEqualTo(incident);
        JsonNode last = point.get("history").get(point.get("history").size() - 1);
        assertThat(last.get("eventType").asString()).isEqualTo("HotspotEradicated");
        assertThat(last.toString()).contains("incident:" + incident);
        assertThat(last.get("businessDate").asString()).isEqualTo(YESTERDAY);
        long version = hotspotVersion(hotspot);

        // the same event again on the broker: dropped by its id
        JsonNode recorded = eventsOf(incident, 1).getFirst();
        double duplicatesBefore = duplicates();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, incident, recorded.toString())).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> duplicates() > duplicatesBefore);
        // and handled again past the dedup (a crash before the mark): the hotspot already names the incident
        IncidentRecorded event = (IncidentRecorded) codec.contract().codec().fromTree("IncidentRecorded",
                recorded.get("payload"));
        assertThat(applying.apply(event)).isZero();
        outboxDrained();
        assertThat(hotspotVersion(hotspot)).isEqualTo(version);
        assertThat(allEventsOf(hotspot)).extracting(e -> e.get("eventType").asString())
                .containsExactly("HotspotAdded", "HotspotEradicated");
    }

    @Test
    void aHotspotOutsideTheCallersViewOrAStepItsRulesForbidIsRefusedAndNothingIsStored() throws Exception {
        String elsewhere = riskPoint(TRANGAN);
        rejectedWithoutAnyChange(() -> postJson("/api/hotspots/incidents",
                incident("[{\"hotspotId\":\"" + elsewhere + "\",\"effect\":\"ERADICATES\"}]"), officer(VUBAN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hotspotEffects[0].hotspotId")));

        String hotspot = riskPoint(VUBAN);
        postExpecting(200, "/api/hotspots/" + hotspot + "/removals",
                "{\"reason\":\"WRONGLY_LISTED\",\"businessDate\":\"2024-02-01\"}", officer(VUBAN));
        rejectedWithoutAnyChange(() -> postJson("/api/hotspots/incidents",
                incident("[{\"hotspotId\":\"" + hotspot + "\",\"effect\":\"NEUTRALISES\"}]"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").exists()));
    }
}
