package vn.drugctl.hotspot.hotspot.writepath;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.common.events.OutboxRelay;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a hotspot write costs in MongoDB commands, counted from the driver's own metrics (DESIGN.md "Write path
 * budget"): an addition is the watched-point look-up and one insert; a change one scoped read and one document write
 * (state, history entry, events and audit line together); the relay's share is batched.
 */
class HotspotWritePathIT extends HotspotApiTest {
    @Autowired
    MeterRegistry meters;
    @Autowired
    OutboxRelay relay;

    private Map<String, Long> commands() {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : meters.find("mongodb.driver.commands").timers()) {
            counts.merge(timer.getId().getTag("command") + " " + timer.getId().getTag("collection"), timer.count(),
                    Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> diff = new TreeMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                diff.put(k, d);
            }
        });
        return diff;
    }

    /** Waits until the relay delivered all the hotspot's items, watching through a client of its own (unmetered). */
    private void drained(String id) {
        try (MongoClient watcher = MongoClients.create(InProcessMongo.uri("hotspot_api_it"))) {
            var hotspots = watcher.getDatabase("hotspot_api_it").getCollection("hotspots");
            await().atMost(Duration.ofSeconds(30)).until(() -> hotspots.find(new org.bson.Document("_id", id)
                    .append("outboxPending", 0)).first() != null);
        }
    }

    @Test
    void anAdditionIsALookUpAndAnInsertAndAChangeIsOneScopedReadAndOneWrite() throws Exception {
        clean();
        relay.stop();
        String id;
        try {
            Map<String, Long> before = commands();
            var created = postJson("/api/hotspots", """
                    {"kind":"RISK_POINT","name":"Điểm đo chi phí (giả lập)",
                     "address":{"road":"Đường 1","village":"Thôn Đông","unitCode":"HN-BL-VUBAN"},
                     "officerInCharge":"Trần Văn Cán Bộ","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}""",
                    officer(VUBAN)).andExpect(status().isCreated());
            id = body(created).get("id").asString();
            assertThat(since(before, commands())).containsExactlyInAnyOrderEntriesOf(Map.of("find hotspots", 1L,
                    "insert hotspots", 1L));

            before = commands();
            for (int i = 1; i <= 20; i++) {
                putJson("/api/hotspots/" + id + "/details", """
                        {"details":{"name":"Điểm đo chi phí %d (giả lập)","address":{"road":"Đường 1",
                         "village":"Thôn Đông","unitCode":"HN-BL-VUBAN"},"officerInCharge":"Trần Văn Cán Bộ"}}"""
                        .formatted(i), officer(VUBAN)).andExpect(status().isOk());
            }
            assertThat(since(before, commands())).containsExactlyInAnyOrderEntriesOf(Map.of("find hotspots", 20L,
                    "update hotspots", 20L));
        } finally {
            relay.start();
        }
        drained(id);
        assertThat(mongo.count(Query.query(Criteria.where("recordId").is(id).and("action").is("CHANGE")), "audit_log"))
                .isEqualTo(20);
    }
}
