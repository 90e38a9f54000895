package vn.drugctl.registry.person;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.RegistryInstance;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * The management-period expiry as a run to poll: an administrator starts it (202 and the run's address), it ends the
 * periods that are over in the administrator's name, and the run tells who started it and what it did. The nightly
 * run and the run at start-up are runs of the system process.
 */
class ExpiryRunIT extends RegistryApiTest {
    static final String PERSONS = "/api/registry/persons";
    static final String EXPIRY = "/api/registry/management-periods/expiry";
    static final String RUNS = "/api/registry/management-periods/expiry-runs/";
    static final RequestPostProcessor ADMIN = user("admin.drugctl", "HN", "ADMIN");

    @Autowired
    PersonConfiguration.PeriodExpirySchedule schedule;
    @Autowired
    RegistryInstance instance;

    @BeforeEach
    void cleanStore() {
        clean();
        mongo.remove(new Query(), "expiry_runs");
    }

    /** A suspected user made an illegal user on {@code since}: the 1-year period ends a year later. */
    String illegalUserSince(String name, String since) throws Exception {
        String id = register("""
                {"fullName":"%s","sex":"MALE","birthYear":1990,
                 "permanentResidence":{"village":"Thôn Đồng","unitCode":"HN-BL-VUBAN"},
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10"}}"""
                .formatted(name), communeOfficer("HN-BL-VUBAN")).get("id").asString();
        postJson(PERSONS + "/" + id + "/list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"%s"}""".formatted(since),
                communeOfficer("HN-BL-VUBAN")).andExpect(status().is2xxSuccessful());
        return id;
    }

    JsonNode started(String date) throws Exception {
        return body(mvc.perform(post(EXPIRY).param("date", date).with(ADMIN))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith(RUNS))));
    }

    JsonNode finished(String runId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> body(mvc.perform(get(RUNS + runId).with(ADMIN))
                .andExpect(status().isOk())), run -> !run.get("status").asString().matches("QUEUED|RUNNING"));
    }

    @Test
    void anAdministratorsRunAnswersAtOnceAndEndsTheDuePeriodsInTheAdministratorsName() throws Exception {
        String due = illegalUserSince("Sầm Văn Mạnh", "2024-03-01");
        String notYet = illegalUserSince("Sầm Văn Mến", "2026-01-10");

        var response = mvc.perform(post(EXPIRY).param("date", "2025-06-30").with(ADMIN))
                .andExpect(status().isAccepted()).andReturn().getResponse();
        JsonNode run = json.readTree(response.getContentAsString());
        assertThat(response.getHeader("Location")).isEqualTo(RUNS + run.get("id").asString());
        assertThat(run.get("status").asString()).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(run.get("date").asString()).isEqualTo("2025-06-30");
        assertThat(run.get("trigger").asString()).isEqualTo("ADMIN");
        assertThat(run.get("startedBy").get("username").asString()).isEqualTo("admin.drugctl");
        assertThat(run.get("startedBy").get("unitCode").asString()).isEqualTo("HN");

        JsonNode done = finished(run.get("id").asString());
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("expired").asInt()).isEqualTo(1);
        assertThat(done.get("failedCount").asInt()).isZero();
        assertThat(done.get("failed")).isEmpty();
        assertThat(done.get("startedBy").get("username").asString()).isEqualTo("admin.drugctl");
        assertThat(Instant.parse(done.get("finishedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(done.get("startedAt").asString()));

        JsonNode ended = record(due, communeOfficer("HN-BL-VUBAN"));
        assertThat(ended.get("now").get("list").asString()).isEqualTo("SUSPECTED_USER");
        assertThat(ended.get("now").get("listReason").asString()).isEqualTo("MANAGEMENT_PERIOD_EXPIRED");
        JsonNode expiry = ended.get("history").get(ended.get("history").size() - 1);
        assertThat(expiry.get("businessDate").asString()).isEqualTo("2025-03-01");
        assertThat(expiry.get("recordedBy").asString()).as("the change is the administrator's")
                .isEqualTo("admin.drugctl");
        assertThat(expiry.get("recordedByUnit").asString()).isEqualTo("HN");
        // and so is its audit line, which names the run
        auditDelivered();
        org.bson.Document line = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recordId").is(due).and("action").is("CHANGE")
                        .and("what").regex("run of management-period-expiry")), org.bson.Document.class,
                "audit_log");
        assertThat(line.getString("username")).isEqualTo("admin.drugctl");
        assertThat(line.getString("actorUnitCode")).isEqualTo("HN");
        assertThat(line.getList("actorUnitPath", String.class)).containsExactly("HN");
        assertThat(line.getString("what")).contains("management-period-expiry");
        assertThat(record(notYet, communeOfficer("HN-BL-VUBAN")).get("now").get("list").asString())
                .isEqualTo("ILLEGAL_USER");
    }

    @Test
    void aSecondRunForTheSameDateEndsNothingAndChangesNothing() throws Exception {
        String due = illegalUserSince("Lừ Văn Pấng", "2024-03-01");
        assertThat(finished(started("2025-06-30").get("id").asString()).get("expired").asInt()).isEqualTo(1);
        String once = stored(due).toJson();

        JsonNode again = finished(started("2025-06-30").get("id").asString());

        assertThat(again.get("status").asString()).isEqualTo("DONE");
        assertThat(again.get("expired").asInt()).isZero();
        assertThat(stored(due).toJson()).isEqualTo(once);
    }

    @Test
    void onlyAdministratorsStartOrReadRunsAndUnknownRunsAreNotFound() throws Exception {
        String runId = finished(started("2025-06-30").get("id").asString()).get("id").asString();

        mvc.perform(post(EXPIRY).param("date", "2025-06-30").with(provinceAnalyst("HN")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/forbidden"))
                .andExpect(jsonPath("$.correlationId").exists());
        mvc.perform(post(EXPIRY).with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isForbidden());
        mvc.perform(get(RUNS + runId).with(provinceAnalyst("HN")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/forbidden"));
        mvc.perform(get(RUNS + UUID.randomUUID()).with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
        assertThat(mongo.count(new Query(), "expiry_runs")).isEqualTo(1);
    }

    @Test
    void aDateThatIsNotOneOrIsInTheFutureIsRefusedAndNoRunIsStored() throws Exception {
        mvc.perform(post(EXPIRY).param("date", "2025-13-45").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post(EXPIRY).param("date", "2099-01-01").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(mongo.count(new Query(), "expiry_runs")).isZero();
    }

    @Test
    void whileAnotherRunIsActiveANewOneIsRefusedNamingIt() throws Exception {
        String active = activeRun("another-instance", Instant.now().plusSeconds(600));

        mvc.perform(post(EXPIRY).with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/expiry-run-in-progress"))
                .andExpect(jsonPath("$.activeRuns[0]").value(RUNS + active));

        assertThat(mongo.count(new Query(), "expiry_runs")).isEqualTo(1);
    }

    @Test
    void theNightlyRunIsARunOfTheSystemProcessAndItsChangesAreTheProcesss() throws Exception {
        String due = illegalUserSince("Cầm Văn Thào", "2024-03-01");

        schedule.nightly();

        Document stored = await().atMost(Duration.ofSeconds(60)).until(() -> mongo.findOne(
                Query.query(Criteria.where("status").is("DONE")), Document.class, "expiry_runs"), d -> d != null);
        JsonNode run = finished(stored.getString("_id"));
        assertThat(run.get("trigger").asString()).isEqualTo("NIGHTLY");
        assertThat(run.get("startedBy").get("username").asString()).isEqualTo("management-period-expiry");
        assertThat(run.get("startedBy").get("unitCode").isNull()).isTrue();
        assertThat(run.get("expired").asInt()).isEqualTo(1);
        JsonNode history = record(due, communeOfficer("HN-BL-VUBAN")).get("history");
        assertThat(history.get(history.size() - 1).get("recordedBy").asString()).isEqualTo("management-period-expiry");
    }

    @Test
    void aRunNobodyRunsAnyMoreFailsWhenItsLeaseEndsOrWhenItsInstanceStartsAgain() throws Exception {
        String leaseEnded = activeRun("a-dead-instance", Instant.now().minusSeconds(1));
        String alive = activeRun("a-live-instance", Instant.now().plusSeconds(600));
        String mine = activeRun(instance.id(), Instant.now().plusSeconds(600));

        schedule.heartbeat();

        assertThat(statusOf(leaseEnded)).isEqualTo("FAILED");
        assertThat(statusOf(alive)).isEqualTo("RUNNING");
        assertThat(statusOf(mine)).as("this instance renews its own lease").isEqualTo("RUNNING");

        schedule.atStart();

        assertThat(statusOf(mine)).as("what this instance's previous run left").isEqualTo("FAILED");
        assertThat(statusOf(alive)).isEqualTo("RUNNING");
        JsonNode failed = body(mvc.perform(get(RUNS + leaseEnded).with(ADMIN)).andExpect(status().isOk()));
        assertThat(failed.get("failure").asString()).contains("stopped");
        assertThat(failed.get("finishedAt").isNull()).isFalse();
    }

    /** A run stored as running by {@code instanceId}, its lease ending at {@code leaseUntil}. */
    String activeRun(String instanceId, Instant leaseUntil) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("date", "2025-06-30").append("status", "RUNNING")
                .append("trigger", "ADMIN")
                .append("startedBy", new Document("subject", "s").append("username", "admin.other")
                        .append("unitCode", "HN"))
                .append("startedAt", Date.from(Instant.now())).append("expired", 0).append("failedCount", 0)
                .append("failed", java.util.List.of()).append("instanceId", instanceId)
                .append("leaseUntil", Date.from(leaseUntil)), "expiry_runs");
        return id;
    }

    String statusOf(String runId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(runId)), Document.class, "expiry_runs")
                .getString("status");
    }
}
