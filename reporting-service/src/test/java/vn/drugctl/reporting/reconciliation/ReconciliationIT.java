package vn.drugctl.reporting.reconciliation;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.reporting.ledger.infrastructure.kafka.LedgerEventsListener;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoProjectionStore;
import vn.drugctl.reporting.testing.ReportingApiIT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.partner;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/**
 * The reconciliation through the API: synthetic events published to the real Kafka broker and projected by the real
 * ledger, the sources' answers served by {@link vn.drugctl.reporting.testing.SourceStub}s saying what the services
 * hold. Consistent when the projection caught up; every difference listed while the consumer is stopped; consistent
 * again after it restarts, and after the same events are delivered again. Communes {@value #UNIT} and {@value #OTHER_UNIT}
 * are this test's own.
 */
class ReconciliationIT extends ReportingApiIT {
    static final String UNIT = "HN-BL-DONGDU";
    static final String OTHER_UNIT = "HN-BL-BOICAU";
    static final String PATH = "/api/reports/units/" + UNIT + "/reconciliation";

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MeterRegistry meters;

    /** One synthetic record's events, as its service publishes them, and where the service says it stands. */
    final class Aggregate {
        final String id = UUID.randomUUID().toString();
        final String topic;
        final String kind;
        final String unit;
        final List<String> events = new ArrayList<>();
        String stock;

        Aggregate(String topic, String kind, String unit) {
            this.topic = topic;
            this.kind = kind;
            this.unit = unit;
        }

        ObjectNode payload(String businessDate) {
            return json.createObjectNode().put("businessDate", businessDate);
        }

        Aggregate event(String type, ObjectNode payload, String stockAfter) {
            String eventId = UUID.randomUUID().toString();
            long seq = events.size() + 1;
            events.add(json.writeValueAsString(new EventEnvelope(eventId, type, 1, id, seq, seq, unit,
                    List.of("HN", "HN-BL", unit), Instant.parse("2024-01-01T00:00:00Z"), Instant.now(),
                    new Actor("s", "officer", unit), "corr-" + eventId.substring(0, 8), payload)));
            stock = stockAfter;
            return this;
        }

        void publish(int from, int to) throws Exception {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                for (String e : events.subList(from, to)) {
                    producer.send(new ProducerRecord<>(topic, id, e)).get();
                }
            }
        }

        long projected() {
            Document d = mongo.findOne(Query.query(Criteria.where("_id").is(kind + ":" + id)
                    .and("pendingApplied").is(true)), Document.class, MongoProjectionStore.COLLECTION);
            return d == null ? 0 : d.getList("events", Document.class).size();
        }

        String position() {
            return """
                    {"kind":"%s","id":"%s","sequence":%d,"version":%d,"unitCode":"%s","stock":%s}""".formatted(kind,
                    id, events.size(), events.size(), unit, stock == null ? "null" : "\"" + stock + "\"");
        }
    }

    Aggregate person(String name) {
        return person(UNIT, name);
    }

    Aggregate person(String unit, String name) {
        Aggregate p = new Aggregate("registry.events.v1", "person", unit);
        return p.event("PersonRegistered", p.payload("2024-03-01").put("personId", p.id).put("fullName", name)
                .put("birthYear", 1992).put("sex", "MALE").put("unitCode", unit), null);
    }

    Aggregate moveTo(Aggregate p, String list, String on) {
        return p.event("PersonMovedToList", p.payload(on).put("personId", p.id).put("toList", list)
                .put("reason", "NEWLY_FOUND_BY_REVIEW").put("ruleSet", "law-73-2021"), "L:" + list);
    }

    Aggregate leave(Aggregate p, String list, String on) {
        return p.event("PersonLeftList", p.payload(on).put("personId", p.id).put("fromList", list)
                .put("reason", "DIED").put("ruleSet", "law-73-2021"), null);
    }

    Aggregate riskPoint() {
        Aggregate h = new Aggregate("hotspot.events.v1", "hotspot", UNIT);
        ObjectNode payload = h.payload("2024-04-01").put("kind", "RISK_POINT").put("reason", "NEWLY_FOUND_BY_REVIEW");
        payload.putObject("details").put("name", "Bãi đất trống (giả lập)");
        return h.event("HotspotAdded", payload, "H:RISK_POINT:UNLICENSED");
    }

    /** The stubs answer what the services hold: these records, counted per stock. */
    void sourcesHold(List<Aggregate> people, List<Aggregate> hotspots) {
        registrySource.answer(code -> answer(code, "registry-service", people));
        hotspotSource.answer(code -> answer(code, "hotspot-service", hotspots));
    }

    static String answer(String code, String source, List<Aggregate> records) {
        String counts = records.stream().filter(r -> r.stock != null)
                .collect(Collectors.groupingBy(r -> List.of(r.unit, r.stock), Collectors.counting()))
                .entrySet().stream().map(e -> "{\"unitCode\":\"%s\",\"measure\":\"%s\",\"count\":%d}"
                        .formatted(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .collect(Collectors.joining(","));
        String positions = records.stream().map(Aggregate::position).collect(Collectors.joining(","));
        return """
                {"unitCode":"%s","asOf":"2026-01-01","source":"%s","counts":[%s],"records":[%s]}"""
                .formatted(code, source, counts, positions);
    }

    JsonNode reconciliation() throws Exception {
        return reconciliation(UNIT);
    }

    JsonNode reconciliation(String unit) throws Exception {
        return json.readTree(mvc.perform(get("/api/reports/units/" + unit + "/reconciliation")
                .with(communeOfficer(unit))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    String periodReport() throws Exception {
        return mvc.perform(get("/api/reports/units/" + UNIT + "/period?from=2024-01-01&to=2024-12-31")
                .with(districtOfficer("HN-BL"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    double duplicates() {
        return meters.counter("drugctl.reporting.ledger.events", "outcome", "duplicate").count();
    }

    @AfterEach
    void listenerRunning() {
        listeners.getListenerContainer(LedgerEventsListener.LISTENER).start();
    }

    @Test
    void consistentWhenCaughtUpEveryDifferenceWhileTheConsumerIsStoppedConsistentAfterRestartAndRedelivery()
            throws Exception {
        Aggregate a = moveTo(person("Hà Văn Thử"), "ADDICT", "2024-03-01");
        Aggregate b = leave(moveTo(person("Lò Văn Mẫu"), "SUSPECTED_USER", "2024-03-02"), "SUSPECTED_USER",
                "2024-06-01");
        Aggregate c = person("Vì Văn Giả");
        Aggregate h = riskPoint();
        List<Aggregate> all = List.of(a, b, c, h);
        for (Aggregate r : all) {
            r.publish(0, r.events.size());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> all.stream().allMatch(r -> r.projected()
                == r.events.size()));
        sourcesHold(List.of(a, b, c), List.of(h));

        JsonNode caughtUp = reconciliation();
        assertThat(caughtUp.get("differences").toString()).isEqualTo("[]");
        assertThat(caughtUp.get("consistent").asBoolean()).isTrue();
        assertThat(caughtUp.get("unitCode").asString()).isEqualTo(UNIT);
        assertThat(caughtUp.get("asOf").asString()).isNotBlank();
        // the caller's token went to both services
        assertThat(registrySource.authorizations()).last().isEqualTo("Bearer token");
        assertThat(hotspotSource.authorizations()).last().isEqualTo("Bearer token");
        String report = periodReport();

        // the consumer stops; the registry records a's departure and a new addict d, the projection does not see them
        listeners.getListenerContainer(LedgerEventsListener.LISTENER).stop();
        leave(a, "ADDICT", "2024-07-01");
        Aggregate d = moveTo(person("Sùng Văn Thử"), "ADDICT", "2024-07-02");
        a.publish(2, 3);
        d.publish(0, 2);
        sourcesHold(List.of(a, b, c, d), List.of(h));
        JsonNode behind = reconciliation();
        assertThat(behind.get("consistent").asBoolean()).isFalse();
        List<String> differences = new ArrayList<>();
        behind.get("differences").forEach(x -> differences.add(x.get("type").asString() + " "
                + (x.get("recordId").isNull() ? x.get("unitCode").asString() + " " + x.get("measure").asString()
                : x.get("recordId").asString())));
        assertThat(differences).containsExactlyInAnyOrder("BEHIND " + a.id, "DIFFERENT_STOCK " + a.id,
                "MISSING_IN_PROJECTION " + d.id);
        // both people are on ADDICT at the source; the unit's count and the subtree's total are the same (1 = 1)
        JsonNode late = find(behind, "BEHIND", a.id);
        assertThat(late.get("source").asString()).isEqualTo("registry-service");
        assertThat(late.get("sourceSays").get("sequence").asLong()).isEqualTo(3);
        assertThat(late.get("sourceSays").get("stock").isNull()).isTrue();
        assertThat(late.get("projectionSays").get("sequence").asLong()).isEqualTo(2);
        assertThat(late.get("projectionSays").get("stock").asString()).isEqualTo("L:ADDICT");
        assertThat(find(behind, "MISSING_IN_PROJECTION", d.id).get("sourceSays").get("stock").asString())
                .isEqualTo("L:ADDICT");

        // the consumer restarts: consistent again
        listeners.getListenerContainer(LedgerEventsListener.LISTENER).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> a.projected() == 3 && d.projected() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> reconciliation().get("consistent").asBoolean());
        String reportAfterRestart = periodReport();
        assertThat(reportAfterRestart).isNotEqualTo(report);

        // every event delivered again: all duplicates, nothing changes
        double before = duplicates();
        int events = 0;
        for (Aggregate r : List.of(a, b, c, d, h)) {
            r.publish(0, r.events.size());
            events += r.events.size();
        }
        int redelivered = events;
        await().atMost(Duration.ofSeconds(60)).until(() -> duplicates() - before >= redelivered);
        JsonNode afterRedelivery = reconciliation();
        assertThat(afterRedelivery.get("differences").toString()).isEqualTo("[]");
        assertThat(afterRedelivery.get("consistent").asBoolean()).isTrue();
        assertThat(periodReport()).isEqualTo(reportAfterRestart);
    }

    @Test
    void countsThatDisagreeAreListedPerUnitAndForTheSubtree() throws Exception {
        Aggregate e = moveTo(person(OTHER_UNIT, "Giàng Văn Mẫu"), "POST_REHAB", "2024-05-01");
        e.publish(0, e.events.size());
        await().atMost(Duration.ofSeconds(60)).until(() -> e.projected() == 2);
        // the registry says one more on POST_REHAB than it lists: the counts differ, the record does not
        registrySource.answer(code -> answer(code, "registry-service", List.of(e))
                .replace("\"count\":1", "\"count\":2"));
        hotspotSource.answer(code -> answer(code, "hotspot-service", List.of()));
        JsonNode result = reconciliation(OTHER_UNIT);
        assertThat(result.get("consistent").asBoolean()).isFalse();
        assertThat(result.get("differences")).hasSize(2);
        JsonNode count = find(result, "COUNT", null);
        assertThat(count.get("unitCode").asString()).isEqualTo(OTHER_UNIT);
        assertThat(count.get("measure").asString()).isEqualTo("L:POST_REHAB");
        assertThat(count.get("sourceSays").get("count").asLong()).isEqualTo(2);
        assertThat(count.get("projectionSays").get("count").asLong()).isEqualTo(1);
        JsonNode total = find(result, "TOTAL", null);
        assertThat(total.get("measure").asString()).isEqualTo("L:POST_REHAB");
        assertThat(total.get("sourceSays").get("count").asLong()).isEqualTo(2);
        assertThat(total.get("projectionSays").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void aSourceThatDoesNotAnswerIsA503NamingIt() throws Exception {
        registrySource.answer(code -> answer(code, "registry-service", List.of()));
        hotspotSource.hangUp();
        mvc.perform(get(PATH).with(communeOfficer(UNIT))).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(containsString("source-unavailable")))
                .andExpect(jsonPath("$.source").value("hotspot-service"))
                .andExpect(jsonPath("$.detail").value(containsString("hotspot-service")));
        hotspotSource.answer(code -> answer(code, "hotspot-service", List.of()));
        registrySource.failWith(500);
        mvc.perform(get(PATH).with(communeOfficer(UNIT))).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.source").value("registry-service"))
                .andExpect(jsonPath("$.detail").value(containsString("HTTP 500")));
    }

    @Test
    void anotherTenantAnUnknownUnitAndAPartnerAreRefusedWithoutAskingTheSources() throws Exception {
        int asked = registrySource.authorizations().size();
        mvc.perform(get(PATH).with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(provinceAnalyst("TN"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/units/HN-XX-NOWHERE/reconciliation").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH).with(partner("PARTNER-BN"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
        assertThat(registrySource.authorizations()).hasSize(asked);
    }

    static JsonNode find(JsonNode result, String type, String recordId) {
        for (JsonNode d : result.get("differences")) {
            if (d.get("type").asString().equals(type)
                    && (recordId == null || recordId.equals(d.get("recordId").asString()))) {
                return d;
            }
        }
        throw new AssertionError("no " + type + " " + recordId + " in " + result);
    }
}
