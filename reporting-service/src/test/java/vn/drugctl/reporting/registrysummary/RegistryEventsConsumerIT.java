package vn.drugctl.reporting.registrysummary;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/** The registry projection consumer against a real Kafka broker and the MongoDB-wire server. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryEventsConsumerIT {
    static final KafkaOnDemand kafka = new KafkaOnDemand().start("registry.events.v1", "registry.events.v1.DLT");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("reporting_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.events.retry.max-attempts", () -> "2");
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
    @Autowired
    MeterRegistry meters;

    private String envelope(String eventId, String personId, String unitCode, List<String> unitPath) {
        var payload = json.createObjectNode().put("personId", personId).put("fullName", "Hoàng Văn Long");
        return json.writeValueAsString(new EventEnvelope(eventId, "PersonRegistered", 1, personId, 1, 1, unitCode,
                unitPath, Instant.parse("2026-10-01T08:00:00Z"), Instant.now(), new Actor("s", "officer", unitCode),
                "corr-" + eventId, payload));
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("registry.events.v1", key, value)).get();
        }
    }

    private double consumed(String outcome) {
        var counter = meters.find("drugctl.events.consumed").tag("consumer", RegistryEventsListener.CONSUMER)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void duplicateDeliveryIsProcessedOnce() throws Exception {
        String personId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String value = envelope(eventId, personId, "HN-BL-VUBAN", List.of("HN", "HN-BL", "HN-BL-VUBAN"));
        double processedBefore = consumed("processed");
        double duplicatesBefore = consumed("duplicate");

        send(personId, value);
        send(personId, value);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumed("duplicate") == duplicatesBefore + 1);
        assertThat(consumed("processed")).isEqualTo(processedBefore + 1);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(personId)), RegistryProjection.COLLECTION)).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "processed_events")).isEqualTo(1);
    }

    @Test
    void summaryCountsTheSubtreeAndIsScopedToTheCaller() throws Exception {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        send(a, envelope(UUID.randomUUID().toString(), a, "HN-BL-TRANGAN", List.of("HN", "HN-BL", "HN-BL-TRANGAN")));
        send(b, envelope(UUID.randomUUID().toString(), b, "HN-BL-TRANGAN", List.of("HN", "HN-BL", "HN-BL-TRANGAN")));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                mongo.count(Query.query(Criteria.where("unitCode").is("HN-BL-TRANGAN")), RegistryProjection.COLLECTION) == 2);

        mvc.perform(get("/api/reports/units/HN-BL-TRANGAN/registry-summary").with(communeOfficer("HN-BL-TRANGAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(2))
                .andExpect(jsonPath("$.unitName").value("Xã Tràng An"));
        mvc.perform(get("/api/reports/units/HN-BL/registry-summary").with(districtOfficer("HN-BL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byUnit[?(@.unitCode == 'HN-BL-TRANGAN')].people").value(2));
        mvc.perform(get("/api/reports/units/HN-BL-TRANGAN/registry-summary").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/out-of-scope"));
        mvc.perform(get("/api/reports/units/HN/registry-summary").with(provinceAnalyst("TN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/units/NOPE/registry-summary").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/units/HN-BL/registry-summary"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unreadableRecordIsParkedInTheDeadLetterTopicWithTheReason() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        send(key, "{this is not an envelope");

        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registry.events.v1.DLT"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(parked::add);
                return parked.stream().anyMatch(r -> key.equals(r.key()));
            });
        }
        ConsumerRecord<String, String> record = parked.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo("{this is not an envelope");
        String reason = new String(record.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("Not an event envelope");
    }
}
