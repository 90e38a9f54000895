package vn.drugctl.hotspot.hotspot.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged change's events reach Kafka even when the broker is down at write time: they wait in the hotspot's
 * document (written atomically with the change) and the relay publishes them once the broker is back. The broker is
 * the test JVM's real one, stopped and started again on the same address and data.
 */
class HotspotEventsWhileKafkaIsDownIT extends HotspotApiFixtures {

    @Test
    void changesWrittenWhileTheBrokerIsDownArePublishedOnceItIsBackNoneLost() throws Exception {
        String id;
        kafka.stop();
        try {
            id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
            step(id, "escalations", stepBody("ACTIVITY_INCREASED", "2024-02-01"), officer(VUBAN));
            var stored = mongo.findById(id, org.bson.Document.class, COLLECTION);
            assertThat(stored.getInteger("outboxPending")).as("events wait in the document").isGreaterThanOrEqualTo(1);
        } finally {
            kafka.start(TOPIC);
        }
        List<JsonNode> events = eventsOf(id, 2);
        assertThat(events).extracting(e -> e.get("eventType").asString())
                .containsExactly("HotspotAdded", "HotspotEscalated");
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L);
        outboxDrained();
    }
}
