package vn.drugctl.registry.outbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;

/**
 * The outbox relay's two ways of finding pending events: the markers written before each aggregate write (the
 * fast path; a marker goes once its document has nothing pending), and the periodic full scan that publishes an
 * event whose marker was lost in the one race the markers leave open.
 */
@TestPropertySource(properties = "drugctl.outbox.full-scan-interval=2s")
class OutboxMarkersIT extends RegistryApiTest {

    @Test
    void aWriteLeavesAMarkerThatGoesOnceItsEventsArePublished() throws Exception {
        clean();
        String id = register("""
                {"fullName":"Giáp Văn Quyết","sex":"MALE","birthYear":1989}""", communeOfficer("HN-BL-VUBAN"))
                .get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) != null && pending(id) == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("aggregateId").is(id)),
                "outbox_markers") == 0);
        assertThat(eventTypesOf(id, 1)).containsExactly("PersonRegistered");
    }

    @Test
    void anEventWhoseMarkerWasLostIsPublishedByTheFullScan() throws Exception {
        clean();
        String id = register("""
                {"fullName":"Giáp Thị Quế","sex":"FEMALE","birthYear":1993}""", communeOfficer("HN-BL-VUBAN"))
                .get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(id) == 0);
        Document published = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons");
        // the race: an event lands in the document after the relay removed the marker, so no marker names it
        String eventId = UUID.randomUUID().toString();
        String envelope = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"PersonReturned\",\"aggregateId\":\"" + id
                + "\",\"payload\":{}}";
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .push("outbox", new Document("eventId", eventId).append("eventType", "PersonReturned")
                        .append("topic", "registry.events.v1").append("key", id).append("envelope", envelope))
                .inc("outboxPending", 1), "persons");
        mongo.remove(Query.query(Criteria.where("aggregateId").is(id)), "outbox_markers");
        assertThat(published).isNotNull();

        await().atMost(Duration.ofSeconds(30)).until(() -> pending(id) == 0);
        assertThat(eventTypesOf(id, 2)).containsExactly("PersonRegistered", "PersonReturned");
    }

    private int pending(String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons");
        return document == null ? -1 : document.getInteger("outboxPending", 0);
    }

    private List<String> eventTypesOf(String id, int count) {
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registry.events.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (id.equals(r.key())) {
                        types.add(new String(r.headers().lastHeader("eventType").value()));
                    }
                });
                return types.size() >= count;
            });
        }
        return types;
    }
}
