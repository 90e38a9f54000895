package vn.drugctl.reporting.registrysummary;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.reporting.testing.ReportingApiIT;

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

/**
 * People registered per unit, read from the report ledger's counters, against the real Kafka broker and the
 * MongoDB-wire server: a registration delivered twice counts once, the summary covers the subtree and only the
 * caller's view, a record that is not an envelope is parked in the dead-letter topic with the reason.
 */
class RegistrySummaryIT extends ReportingApiIT {
    @Autowired
    MeterRegistry meters;

    private String registered(String personId, String unitCode) {
        var payload = json.createObjectNode().put("personId", personId).put("businessDate", "2026-10-01")
                .put("fullName", "Hoàng Văn Mẫu").put("birthYear", 1991).put("sex", "MALE");
        return json.writeValueAsString(new EventEnvelope(UUID.randomUUID().toString(), "PersonRegistered", 1, personId,
                1, 1, unitCode, List.of("HN", "HN-BL", unitCode), Instant.parse("2026-10-01T08:00:00Z"), Instant.now(),
                new Actor("s", "officer", unitCode), "corr-" + personId.substring(0, 8), payload));
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("registry.events.v1", key, value)).get();
        }
    }

    private long people(String unit) throws Exception {
        JsonNode summary = json.readTree(mvc.perform(get("/api/reports/units/" + unit + "/registry-summary")
                .with(communeOfficer(unit))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return summary.get("people").asLong();
    }

    private double duplicates() {
        return meters.counter("drugctl.reporting.ledger.events", "outcome", "duplicate").count();
    }

    @Test
    void aRegistrationDeliveredTwiceCountsOnce() throws Exception {
        String personId = UUID.randomUUID().toString();
        String value = registered(personId, "HN-BL-ANNINH");
        long before = people("HN-BL-ANNINH");
        double duplicatesBefore = duplicates();

        send(personId, value);
        send(personId, value);

        await().atMost(Duration.ofSeconds(60)).until(() -> duplicates() >= duplicatesBefore + 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> people("HN-BL-ANNINH") == before + 1);
        assertThat(people("HN-BL-ANNINH")).isEqualTo(before + 1);
    }

    @Test
    void summaryCountsTheSubtreeAndIsScopedToTheCaller() throws Exception {
        long before = people("HN-BL-BOICAU");
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        send(a, registered(a, "HN-BL-BOICAU"));
        send(b, registered(b, "HN-BL-BOICAU"));
        await().atMost(Duration.ofSeconds(60)).until(() -> people("HN-BL-BOICAU") == before + 2);

        mvc.perform(get("/api/reports/units/HN-BL-BOICAU/registry-summary").with(communeOfficer("HN-BL-BOICAU")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(before + 2))
                .andExpect(jsonPath("$.unitName").value("Xã Bối Cầu"));
        mvc.perform(get("/api/reports/units/HN-BL/registry-summary").with(districtOfficer("HN-BL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byUnit[?(@.unitCode == 'HN-BL-BOICAU')].people").value((int) before + 2));
        mvc.perform(get("/api/reports/units/HN-BL-BOICAU/registry-summary").with(communeOfficer("HN-BL-VUBAN")))
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
        String reason = new String(record.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("Not an event envelope");
    }
}
