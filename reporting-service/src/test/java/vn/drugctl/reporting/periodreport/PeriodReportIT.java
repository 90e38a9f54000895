package vn.drugctl.reporting.periodreport;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.reporting.testing.ReportingApiIT;
import vn.drugctl.reporting.ledger.application.LedgerProjection;
import vn.drugctl.reporting.ledger.infrastructure.kafka.LedgerEventsListener;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoCounters;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoProjectionStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * Registry events published as real envelopes to the real Kafka broker, projected by the report ledger into the
 * MongoDB-wire server's counters, read back as a period report through the API. Each test uses its own commune (so
 * its numbers are its own) and synthetic people only. The period is seed 000's, 15/10/2024 to 07/12/2024.
 */
class PeriodReportIT extends ReportingApiIT {
    static final String PERIOD = "?from=2024-10-15&to=2024-12-07";

    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    LedgerProjection projection;
    @Autowired
    vn.drugctl.common.tenancy.UnitCatalogue units;

    /** A synthetic person's events, in order, as registry-service publishes them. */
    final class Person {
        final String id = UUID.randomUUID().toString();
        final String unit;
        final List<String> events = new ArrayList<>();
        final List<String> eventIds = new ArrayList<>();

        Person(String unit, String name, int birthYear, String registeredOn) {
            this.unit = unit;
            event("PersonRegistered", payload(registeredOn).put("fullName", name).put("birthYear", birthYear)
                    .put("sex", "MALE").put("managementDossier", "OPEN").put("unitCode", unit));
        }

        ObjectNode payload(String businessDate) {
            return json.createObjectNode().put("personId", id).put("businessDate", businessDate);
        }

        Person event(String type, ObjectNode payload) {
            String eventId = UUID.randomUUID().toString();
            long seq = events.size() + 1;
            events.add(json.writeValueAsString(new EventEnvelope(eventId, type, 1, id, seq, seq, unit,
                    List.of("HN", "HN-BL", unit), Instant.parse("2024-01-01T00:00:00Z"), Instant.now(),
                    new Actor("s", "officer", unit), "corr-" + eventId.substring(0, 8), payload)));
            eventIds.add(eventId);
            return this;
        }

        Person moveTo(String list, String from, String reason, String on) {
            ObjectNode p = payload(on).put("toList", list).put("reason", reason).put("ruleSet", "law-73-2021");
            p.put("fromList", from);
            return event("PersonMovedToList", p);
        }

        Person drugTest(String result, String on) {
            return event("DrugTestRecorded", payload(on).put("testId", UUID.randomUUID().toString())
                    .put("summonsDate", on).put("testDate", on).put("sample", "URINE").put("result", result));
        }

        Person leave(String list, String reason, String on) {
            return event("PersonLeftList", payload(on).put("fromList", list).put("reason", reason)
                    .put("ruleSet", "law-73-2021"));
        }

        Person correct(int index, boolean voided, String correctedDate, String on) {
            ObjectNode p = payload(on).put("correctsEventId", eventIds.get(index)).put("voided", voided);
            p.put("correctedBusinessDate", correctedDate);
            return event("EntryCorrected", p);
        }

        void publish() throws Exception {
            publish(0, events.size());
        }

        void publish(int from, int to) throws Exception {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                for (String e : events.subList(from, to)) {
                    producer.send(new ProducerRecord<>("registry.events.v1", id, e)).get();
                }
            }
        }

        long projectedSequence() {
            Document d = mongo.findOne(Query.query(Criteria.where("_id").is("person:" + id)), Document.class,
                    MongoProjectionStore.COLLECTION);
            return d == null ? 0 : d.getList("events", Document.class).size();
        }

        void awaitProjected() {
            await().atMost(Duration.ofSeconds(60)).until(() -> projectedSequence() == events.size()
                    && mongo.count(Query.query(Criteria.where("_id").is("person:" + id).and("pendingApplied")
                    .is(true)), MongoProjectionStore.COLLECTION) == 1);
        }
    }

    JsonNode report(String unit, String user) throws Exception {
        String body = mvc.perform(get("/api/reports/units/" + unit + "/period" + PERIOD)
                        .with(user.startsWith("district") ? districtOfficer(unit) : communeOfficer(unit)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    static JsonNode list(JsonNode report, String list) {
        for (JsonNode l : report.get("lists")) {
            if (list.equals(l.get("list").asString())) {
                return l;
            }
        }
        throw new AssertionError("no list " + list);
    }

    static JsonNode balance(JsonNode report, String list) {
        return list(report, list).get("balance");
    }

    static void assertBalance(JsonNode b, long baseline, long added, long removed, long current) {
        assertThat(b.get("baseline").asLong()).as("baseline").isEqualTo(baseline);
        assertThat(b.get("added").asLong()).as("added").isEqualTo(added);
        assertThat(b.get("removed").asLong()).as("removed").isEqualTo(removed);
        assertThat(b.get("current").asLong()).as("current").isEqualTo(current);
        assertThat(b.get("balanced").asBoolean()).isTrue();
    }

    @Test
    void listsBalanceWithFlowsByReasonAndTheDistrictIsTheSumOfItsCommunes() throws Exception {
        // Bồ Đề: one suspected user found positive in the period, one found by review in it
        Person a = new Person("HN-BL-BODE", "Hà Văn Mẫu", 1990, "2024-01-05")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2024-01-10")
                .moveTo("ILLEGAL_USER", "SUSPECTED_USER", "POSITIVE_TEST", "2024-11-01");
        Person b = new Person("HN-BL-BODE", "Lò Thị Thử", 2001, "2024-10-20")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2024-10-20");
        // Ngọc Lũ: a suspected user who died in the period, and one after it (not in this report)
        Person c = new Person("HN-BL-NGOCLU", "Vì Văn Giả", 1975, "2023-05-01")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2023-05-01")
                .leave("SUSPECTED_USER", "DIED", "2024-11-20");
        Person d = new Person("HN-BL-NGOCLU", "Quàng Văn Mẫu", 1999, "2023-05-01")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2023-05-01")
                .leave("SUSPECTED_USER", "DIED", "2024-12-20");
        for (Person p : List.of(a, b, c, d)) {
            p.publish();
        }
        List.of(a, b, c, d).forEach(Person::awaitProjected);

        JsonNode bode = report("HN-BL-BODE", "officer");
        assertBalance(balance(bode, "SUSPECTED_USER"), 1, 1, 1, 1);
        assertThat(balance(bode, "SUSPECTED_USER").get("addedByReason").get("NEWLY_FOUND_BY_REVIEW").asLong())
                .isEqualTo(1);
        assertThat(balance(bode, "SUSPECTED_USER").get("removedByReason").get("MOVED_TO_ANOTHER_LIST").asLong())
                .isEqualTo(1);
        assertBalance(balance(bode, "ILLEGAL_USER"), 0, 1, 0, 1);
        assertThat(balance(bode, "ILLEGAL_USER").get("addedByReason").get("MOVED_FROM_ANOTHER_LIST").asLong())
                .isEqualTo(1);
        assertThat(bode.get("moves").get(0).get("fromList").asString()).isEqualTo("SUSPECTED_USER");
        assertThat(bode.get("moves").get(0).get("toList").asString()).isEqualTo("ILLEGAL_USER");
        // b (born 2001) is under 30 at the end of 2024; a (1990) is not, and is on another list by then
        assertThat(list(bode, "SUSPECTED_USER").get("breakdown").get("ageBand").get("UNDER_30").asLong())
                .isEqualTo(1);
        assertThat(list(bode, "ILLEGAL_USER").get("breakdown").get("ageBand").get("30_AND_OVER").asLong())
                .isEqualTo(1);

        JsonNode ngoclu = report("HN-BL-NGOCLU", "officer");
        assertBalance(balance(ngoclu, "SUSPECTED_USER"), 2, 0, 1, 1);
        assertThat(balance(ngoclu, "SUSPECTED_USER").get("removedByReason").get("DIED").asLong()).isEqualTo(1);

        // the district's report is the sum of all its communes' (the other tests' communes included)
        JsonNode district = report("HN-BL", "district");
        long sumBaseline = 0;
        long sumCurrent = 0;
        for (var commune : units.children("HN-BL")) {
            JsonNode r = report(commune.code(), "officer");
            sumBaseline += balance(r, "SUSPECTED_USER").get("baseline").asLong();
            sumCurrent += balance(r, "SUSPECTED_USER").get("current").asLong();
        }
        assertThat(balance(district, "SUSPECTED_USER").get("baseline").asLong()).isEqualTo(sumBaseline);
        assertThat(balance(district, "SUSPECTED_USER").get("current").asLong()).isEqualTo(sumCurrent);
        for (JsonNode l : district.get("lists")) {
            assertThat(l.get("balance").get("balanced").asBoolean()).as(l.get("list").asString()).isTrue();
        }
    }

    @Test
    void drugTestsCountTestsAndDistinctPeople() throws Exception {
        // Bồ Đề (its own numbers compared before and after): one person tested twice in the period (once positive),
        // one once (negative), one tested only before the period
        JsonNode before = report("HN-BL-BODE", "officer").get("drugTests");
        Person twice = new Person("HN-BL-BODE", "Tòng Văn Mẫu", 1994, "2024-02-01")
                .drugTest("NEGATIVE", "2024-10-20").drugTest("POSITIVE", "2024-11-25");
        Person once = new Person("HN-BL-BODE", "Lường Thị Mẫu", 1998, "2024-02-01").drugTest("NEGATIVE", "2024-11-02");
        Person earlier = new Person("HN-BL-BODE", "Cầm Văn Giả", 1985, "2024-02-01").drugTest("POSITIVE", "2024-09-30");
        for (Person p : List.of(twice, once, earlier)) {
            p.publish();
        }
        List.of(twice, once, earlier).forEach(Person::awaitProjected);

        JsonNode after = report("HN-BL-BODE", "officer").get("drugTests");
        assertThat(after.get("tested").asLong() - before.get("tested").asLong()).isEqualTo(3);
        assertThat(after.get("positive").asLong() - before.get("positive").asLong()).isEqualTo(1);
        assertThat(after.get("peopleTested").asLong() - before.get("peopleTested").asLong()).isEqualTo(2);
        assertThat(after.get("peoplePositive").asLong() - before.get("peoplePositive").asLong()).isEqualTo(1);
        assertThat(after.get("peoplePositiveRatePercent").asDouble()).isEqualTo(Math.round(1000.0
                * after.get("peoplePositive").asLong() / after.get("peopleTested").asLong()) / 10.0);
    }

    @Test
    void redeliveryRestartAndCorrectionsKeepTheCountsTrue() throws Exception {
        Person e = new Person("HN-BL-TIEUDONG", "Sùng Văn Thử", 1988, "2024-02-01")
                .moveTo("ADDICT", null, "ADDICTION_DETERMINED", "2024-02-01")
                .leave("ADDICT", "IMPRISONED", "2024-11-05");
        double duplicatesBefore = meters.counter("drugctl.reporting.ledger.events", "outcome", "duplicate").count();
        e.publish();
        e.publish(); // delivered twice
        e.awaitProjected();
        // the second delivery is seen as three duplicates (awaited: it may still be on its way)
        await().atMost(Duration.ofSeconds(60)).until(() -> meters.counter("drugctl.reporting.ledger.events",
                "outcome", "duplicate").count() - duplicatesBefore >= 3);
        assertBalance(balance(report("HN-BL-TIEUDONG", "officer"), "ADDICT"), 1, 0, 1, 0);

        // while the consumer is stopped, the leaving is voided (a wrong entry) and a back-dated finding arrives
        listeners.getListenerContainer(LedgerEventsListener.LISTENER).stop();
        e.correct(2, true, null, "2024-12-01");
        Person f = new Person("HN-BL-TIEUDONG", "Giàng Thị Mẫu", 1996, "2024-12-02")
                .moveTo("ADDICT", null, "ADDICTION_DETERMINED", "2024-10-01");
        e.publish(3, 4);
        f.publish();
        // while stopped, the report stays as it was
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(
                () -> balance(report("HN-BL-TIEUDONG", "officer"), "ADDICT").get("current").asLong() == 0
                        && e.projectedSequence() == 3);
        assertBalance(balance(report("HN-BL-TIEUDONG", "officer"), "ADDICT"), 1, 0, 1, 0);
        listeners.getListenerContainer(LedgerEventsListener.LISTENER).start();
        e.awaitProjected();
        f.awaitProjected();
        // e never left; f was an addict from 1 October, before the period, though entered later
        JsonNode after = balance(report("HN-BL-TIEUDONG", "officer"), "ADDICT");
        assertBalance(after, 2, 0, 0, 2);

        // as after a crash between the aggregate's write and the counters' update: recovery adds nothing twice
        mongo.updateMulti(Query.query(Criteria.where("_id").in("person:" + e.id, "person:" + f.id)),
                new Update().set("pendingApplied", false), MongoProjectionStore.COLLECTION);
        assertThat(projection.recover()).isEqualTo(2);
        assertBalance(balance(report("HN-BL-TIEUDONG", "officer"), "ADDICT"), 2, 0, 0, 2);
        // the counters hold months: an amount before the period's first month is read from its month's totals
        Document february = mongo.findOne(Query.query(Criteria.where("_id").is("HN-BL-TIEUDONG|2024-02")),
                Document.class, MongoCounters.COLLECTION);
        assertThat(february.get("t", Document.class).get("L:ADDICT", Number.class).longValue()).isEqualTo(1);
    }

    @Test
    void badPeriodsUnknownUnitsOtherTenantsAndPartnersAreRefused() throws Exception {
        String base = "/api/reports/units/HN-BL-ANNOI/period";
        for (String[] bad : new String[][]{{"?from=2024-12-07&to=2024-10-15", "from"},
                {"?from=2024-10-15&to=2999-01-01", "to"}, {"?from=15/10/2024&to=2024-12-07", "from"},
                {"?to=2024-12-07", "from"}, {"?from=2024-10-15", "to"}, {"?from=1999-12-31&to=2024-12-07", "from"}}) {
            mvc.perform(get(base + bad[0]).with(communeOfficer("HN-BL-ANNOI")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        mvc.perform(get("/api/reports/units/HN-XX-NOWHERE/period" + PERIOD).with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + PERIOD).with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isForbidden());
        mvc.perform(get(base + PERIOD).with(provinceAnalyst("TN"))).andExpect(status().isForbidden());
        mvc.perform(get(base + PERIOD).with(user("partner.bn", "BN", "EXCHANGE_PARTNER")))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + PERIOD)).andExpect(status().isUnauthorized());
        mvc.perform(get(base + PERIOD).with(districtOfficer("HN-BL"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Xã An Nội"));
        mvc.perform(get(base + PERIOD).with(provinceAnalyst("HN"))).andExpect(status().isOk());
    }

    @Test
    void aSubmittedReportStaysAsSubmittedWhileTheLiveOneChangesAndTheDiffNamesTheRecord() throws Exception {
        Person g = new Person("HN-BL-ANLAO", "Thào Văn Mẫu", 1993, "2024-03-01")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2024-03-01");
        g.publish();
        g.awaitProjected();
        String body = "{\"from\":\"2024-10-15\",\"to\":\"2024-12-07\"}";
        mvc.perform(post("/api/reports/units/HN-BL-ANLAO/submissions").with(communeOfficer("HN-BL-VUBAN"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/reports/units/HN-BL-ANLAO/submissions").with(districtOfficer("HN-BL"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/reports/units/HN-BL-ANLAO/submissions").with(communeOfficer("HN-BL-ANLAO"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"2024-12-07\",\"to\":\"2024-10-15\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        JsonNode submitted = json.readTree(mvc.perform(post("/api/reports/units/HN-BL-ANLAO/submissions")
                        .with(communeOfficer("HN-BL-ANLAO")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String id = submitted.get("id").asString();
        assertThat(submitted.get("submittedBy").asString()).isEqualTo("officer.hn-bl-anlao");
        assertBalance(balance(submitted.get("report"), "SUSPECTED_USER"), 1, 0, 0, 1);

        // a death recorded later, dated in the period: the live report changes, the submission does not
        g.leave("SUSPECTED_USER", "DIED", "2024-11-01");
        g.publish(2, 3);
        g.awaitProjected();
        assertBalance(balance(report("HN-BL-ANLAO", "officer"), "SUSPECTED_USER"), 1, 0, 1, 0);
        JsonNode frozen = json.readTree(mvc.perform(get("/api/reports/submissions/" + id)
                .with(districtOfficer("HN-BL"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertBalance(balance(frozen.get("report"), "SUSPECTED_USER"), 1, 0, 0, 1);

        JsonNode diff = json.readTree(mvc.perform(get("/api/reports/submissions/" + id + "/diff")
                .with(communeOfficer("HN-BL-ANLAO"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(diff.toString()).contains("{\"path\":\"lists.SUSPECTED_USER.balance.current\",\"submitted\":\"1\","
                + "\"live\":\"0\"}", "{\"path\":\"lists.SUSPECTED_USER.balance.removedByReason.DIED\","
                + "\"submitted\":null,\"live\":\"1\"}");
        assertThat(diff.get("records")).singleElement().satisfies(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("person");
            assertThat(r.get("recordId").asString()).isEqualTo(g.id);
            assertThat(r.get("changes").toString()).contains("{\"unitCode\":\"HN-BL-ANLAO\",\"date\":\"2024-11-01\","
                    + "\"measure\":\"L:SUSPECTED_USER\",\"amount\":-1,\"part\":\"IN_PERIOD\"}");
        });

        // the district sees who submitted and who is late
        JsonNode status = json.readTree(mvc.perform(get("/api/reports/units/HN-BL/submissions/status"
                        + "?from=2024-10-15&to=2024-12-07&deadline=2024-12-10").with(districtOfficer("HN-BL")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(status.size()).isEqualTo(15);
        for (JsonNode u : status) {
            boolean anlao = u.get("unitCode").asString().equals("HN-BL-ANLAO");
            assertThat(u.get("submissionId").isNull()).as(u.toString()).isEqualTo(!anlao);
            assertThat(u.get("late").asBoolean()).as("after the deadline, all late").isTrue();
        }
        JsonNode early = json.readTree(mvc.perform(get("/api/reports/units/HN-BL/submissions/status"
                        + "?from=2024-10-15&to=2024-12-07&deadline=2099-12-31").with(districtOfficer("HN-BL")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode u : early) {
            assertThat(u.get("late").asBoolean()).isFalse();
        }
        mvc.perform(get("/api/reports/units/HN-BL/submissions/status?from=2024-10-15&to=2024-12-07")
                .with(districtOfficer("HN-BL"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        mvc.perform(get("/api/reports/submissions/" + id).with(provinceAnalyst("TN"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/submissions/" + id + "/diff").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/submissions/no-such-id").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/units/HN-BL-ANLAO/submissions").with(user("partner.bn", "BN",
                "EXCHANGE_PARTNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/units/HN-BL-ANLAO/submissions").with(communeOfficer("HN-BL-ANLAO")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
    }
}
