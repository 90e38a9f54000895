package vn.drugctl.registry.writepath;

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
import vn.drugctl.registry.testing.RegistryApiTest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;

/**
 * What a write costs in MongoDB commands, counted from the driver's own metrics (DESIGN.md "Write path budget"): a
 * change is one scoped read and one document write (state, history entry, events and its audit line together); a
 * registration with a CCCD one insert and the likely-duplicate group it joins; the relay's share is batched, a few
 * commands per round however many writes the round covers.
 */
class WritePathIT extends RegistryApiTest {
    @Autowired
    MeterRegistry meters;
    @Autowired
    OutboxRelay relay;

    /** Commands sent so far, by "command collection". */
    private Map<String, Long> commands() {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : meters.find("mongodb.driver.commands").timers()) {
            String key = timer.getId().getTag("command") + " " + timer.getId().getTag("collection");
            counts.merge(key, timer.count(), Long::sum);
        }
        return counts;
    }

    /**
     * Commands sent between two counts, leaving out the background heartbeats on timers of their own, which otherwise
     * land in a measured window now and then: the expiry runs' ({@code expiry_runs}, every 30 s) and the survey
     * imports' ({@code survey_imports}: an instance renewing its claims and looking for abandoned imports; seen once
     * in CI).
     */
    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> diff = new TreeMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0 && !k.endsWith(" expiry_runs") && !k.endsWith(" survey_imports")) {
                diff.put(k, d);
            }
        });
        return diff;
    }

    /** Waits until the relay delivered all the person's items, watching through a client of its own (unmetered). */
    private void drained(String id) {
        try (MongoClient watcher = MongoClients.create(InProcessMongo.uri("registry_api_it"))) {
            var persons = watcher.getDatabase("registry_api_it").getCollection("persons");
            await().atMost(Duration.ofSeconds(30)).until(() -> persons.find(new org.bson.Document("_id", id)
                    .append("outboxPending", 0)).first() != null);
        }
    }

    @Test
    void aChangeIsOneScopedReadAndOneWriteAndTheRelayDeliversTwentyChangesInAFewCommands() throws Exception {
        clean();
        String id = register("""
                {"fullName":"Nông Văn Thắng","sex":"MALE","birthYear":1987,"cccd":"035087004455",
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}}""",
                communeOfficer("HN-BL-VUBAN")).get("id").asString();
        drained(id);

        relay.stop();
        Map<String, Long> before = commands();
        for (int day = 1; day <= 20; day++) {
            postJson("/api/registry/persons/" + id + "/drug-tests", """
                    {"summonsDate":"2025-02-%02d","testDate":"2025-02-%02d","sample":"URINE","result":"NEGATIVE"}"""
                    .formatted(day, day), communeOfficer("HN-BL-VUBAN")).andExpect(status().isCreated());
        }
        Map<String, Long> requests = since(before, commands());
        assertThat(requests).containsExactlyInAnyOrderEntriesOf(Map.of("find persons", 20L, "update persons", 20L));

        Map<String, Long> beforeRelay = commands();
        relay.start();
        drained(id);
        Map<String, Long> relayed = since(beforeRelay, commands());
        // 20 events and 20 audit lines: one read of the document, one insert of the lines, one bulk removal
        assertThat(relayed).containsExactlyInAnyOrderEntriesOf(Map.of("find persons", 1L, "insert audit_log", 1L,
                "update persons", 1L));
        assertThat(mongo.count(Query.query(Criteria.where("recordId").is(id).and("action").is("CHANGE")), "audit_log"))
                .isEqualTo(20);
    }

    @Test
    void aRegistrationWithACccdIsOneInsertAndItsDuplicateGroup() throws Exception {
        clean();
        Map<String, Long> before = commands();
        relay.stop();
        try {
            register("""
                    {"fullName":"Nông Thị Hằng","sex":"FEMALE","birthYear":1992,"cccd":"035192004466",
                     "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}}""",
                    communeOfficer("HN-BL-VUBAN"));
            assertThat(since(before, commands())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "insert persons", 1L, "update person_duplicate_groups", 1L));
        } finally {
            relay.start();
        }
    }
}
