package vn.drugctl.reporting.drugfree;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoProjectionStore;
import vn.drugctl.reporting.testing.ReportingApiIT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * Drug-free communes through the API on the real broker and the MongoDB-wire server: registry, hotspot and incident
 * events published as real envelopes, projected by the report ledger, judged for 2025 by the default criteria
 * (drugctl/drug-free-rules.yml). Communes La Sơn (passes) and Trung Lương (fails) are used by no other test; synthetic
 * people and places only. The district's numbers are checked against its communes' own answers, since the other test
 * classes share the data.
 */
class DrugFreeIT extends ReportingApiIT {
    static final String PASSES = "HN-BL-LASON";
    static final String FAILS = "HN-BL-TRUNGLUONG";

    /** One synthetic aggregate's events, as the producing service publishes them. */
    final class Aggregate {
        final String kind;
        final String id = UUID.randomUUID().toString();
        final String unit;
        final String topic;
        final String idField;
        final List<String> events = new ArrayList<>();

        Aggregate(String kind, String unit) {
            this.kind = kind;
            this.unit = unit;
            this.topic = kind.equals("person") ? "registry.events.v1" : "hotspot.events.v1";
            this.idField = kind + "Id";
        }

        ObjectNode payload(String businessDate) {
            return json.createObjectNode().put(idField, id).put("businessDate", businessDate);
        }

        Aggregate event(String type, ObjectNode payload) {
            String eventId = UUID.randomUUID().toString();
            long seq = events.size() + 1;
            events.add(json.writeValueAsString(new EventEnvelope(eventId, type, 1, id, seq, seq, unit,
                    List.of("HN", "HN-BL", unit), Instant.parse("2025-01-01T00:00:00Z"), Instant.now(),
                    new Actor("s", "officer", unit), "corr-" + eventId.substring(0, 8), payload)));
            return this;
        }

        void publish() throws Exception {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                for (String e : events) {
                    producer.send(new ProducerRecord<>(topic, id, e)).get();
                }
            }
        }

        boolean projected() {
            Document d = mongo.findOne(Query.query(Criteria.where("_id").is(kind + ":" + id)
                    .and("pendingApplied").is(true)), Document.class, MongoProjectionStore.COLLECTION);
            return d != null && d.getList("events", Document.class).size() == events.size();
        }
    }

    Aggregate person(String unit, String name, String registeredOn, String dossier) {
        Aggregate p = new Aggregate("person", unit);
        return p.event("PersonRegistered", p.payload(registeredOn).put("fullName", name).put("birthYear", 1990)
                .put("sex", "MALE").put("managementDossier", dossier).put("unitCode", unit));
    }

    Aggregate moveTo(Aggregate p, String list, String reason, String on) {
        return p.event("PersonMovedToList", p.payload(on).put("toList", list).put("reason", reason)
                .put("ruleSet", "law-73-2021"));
    }

    Aggregate hotspot(String unit, String kind, String name, String addedOn) {
        Aggregate h = new Aggregate("hotspot", unit);
        ObjectNode details = json.createObjectNode().put("name", name);
        details.putObject("address").put("road", "Đường Mẫu").put("village", "Thôn Mẫu").put("unitCode", unit);
        details.putNull("licensedBusiness");
        details.putNull("cyberspace");
        ObjectNode p = h.payload(addedOn).put("kind", kind).put("reason", "NEWLY_FOUND_BY_REVIEW")
                .put("ruleSet", "guidance-689-2023");
        p.set("details", details);
        return h.event("HotspotAdded", p);
    }

    /** An incident captured by {@code unit} with the given suspects ({@code [suspectId, personId, name, residence]}). */
    Aggregate incident(String unit, String occurredAt, String[]... suspects) {
        Aggregate i = new Aggregate("incident", unit);
        ObjectNode details = json.createObjectNode().put("occurredAt", occurredAt).put("summary", "Vụ mẫu");
        details.putObject("place").put("road", "Đường Mẫu").put("village", "Thôn Mẫu").put("unitCode", unit);
        details.putArray("unitCodes").add(unit);
        ArrayNode list = details.putArray("suspects");
        for (String[] s : suspects) {
            ObjectNode suspect = list.addObject().put("suspectId", s[0]).put("personId", s[1]).put("fullName", s[2])
                    .put("birthYear", 1995);
            suspect.putObject("residence").put("text", "Thôn Mẫu").put("provinceCode", "HN").put("unitCode", s[3]);
            suspect.putArray("acts").add("POSSESSION");
        }
        details.putArray("seizures");
        details.putObject("property").put("moneyVnd", 0).put("vehicles", 0).put("phones", 0);
        ObjectNode p = i.payload(occurredAt.substring(0, 10));
        p.set("details", details);
        p.putObject("outcome").put("kind", "PENDING");
        p.putArray("hotspotEffects");
        return i.event("IncidentRecorded", p);
    }

    JsonNode get200(String path, RequestPostProcessor who) throws Exception {
        return json.readTree(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    static JsonNode criterion(JsonNode commune, String id) {
        for (JsonNode c : commune.get("criteria")) {
            if (id.equals(c.get("id").asString())) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id + " in " + commune);
    }

    static Map<String, JsonNode> byCode(JsonNode report) {
        Map<String, JsonNode> communes = new HashMap<>();
        report.get("communes").forEach(c -> communes.put(c.get("unitCode").asString(), c));
        return communes;
    }

    @Test
    void oneCommunePassesAnotherFailsWithTheRecordsBehindEachFailedCriterionAndTheDistrictCountsThem()
            throws Exception {
        // La Sơn: an addict since 2023 with an open dossier, and a complex point eradicated in 2025 (watched only)
        Aggregate oldAddict = moveTo(person(PASSES, "Mẫu Văn Cũ", "2023-02-01", "OPEN"), "ADDICT",
                "ADDICTION_DETERMINED", "2023-02-01");
        Aggregate eradicated = hotspot(PASSES, "COMPLEX_POINT", "Điểm Mẫu Đã Triệt Xóa", "2024-04-01");
        eradicated.event("HotspotEradicated", eradicated.payload("2025-03-15").put("reason", "DISMANTLED_BY_ARREST")
                .put("ruleSet", "guidance-689-2023"));

        // Trung Lương: a new addict of 2025 without a dossier, an active retail dealer, a registry person (with a
        // dossier) arrested, and a resident who is not a registry person arrested in the commune's own incident
        Aggregate newAddict = moveTo(person(FAILS, "Đinh Văn Mẫu", "2025-02-01", "NONE"), "ADDICT",
                "ADDICTION_DETERMINED", "2025-03-10");
        Aggregate user = moveTo(person(FAILS, "Lò Thị Giả", "2020-05-01", "OPEN"), "ILLEGAL_USER",
                "POSITIVE_TEST", "2020-05-01");
        String incidentId = UUID.randomUUID().toString();
        user.event("PersonArrested", user.payload("2025-06-10").put("incidentId", incidentId).put("suspectId", "s2")
                .put("arrestingUnitCode", FAILS).put("outcome", "PENDING").put("sourceEventId", "src-1"));
        Aggregate dealer = hotspot(FAILS, "RETAIL_DEALER", "Điểm Bán Lẻ Mẫu A", "2025-05-01");
        Aggregate arrest = incident(FAILS, "2025-06-10T21:30:00+07:00",
                new String[]{"s1", null, "Lường Văn Giả", FAILS}, new String[]{"s2", user.id, "Lò Thị Giả", FAILS});
        // an arrest of 2024 is not in the year
        Aggregate lastYear = incident(FAILS, "2024-12-20T10:00:00+07:00",
                new String[]{"s1", null, "Cà Văn Năm Trước", FAILS});

        List<Aggregate> all = List.of(oldAddict, eradicated, newAddict, user, dealer, arrest, lastYear);
        for (Aggregate a : all) {
            a.publish();
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> all.stream().allMatch(Aggregate::projected));

        JsonNode passes = get200("/api/reports/drug-free/units/" + PASSES + "?year=2025", communeOfficer(PASSES));
        assertThat(passes.get("asOf").asString()).isEqualTo("2025-12-31");
        assertThat(passes.get("ruleSet").get("id").asString()).isEqualTo("platform-default");
        assertThat(passes.get("communesEvaluated").asInt()).isEqualTo(1);
        assertThat(passes.get("drugFree").asInt()).isEqualTo(1);
        JsonNode lason = passes.get("communes").get(0);
        assertThat(lason.get("unitName").asString()).isEqualTo("Xã La Sơn");
        assertThat(lason.get("drugFree").asBoolean()).as(lason.toString()).isTrue();
        assertThat(lason.get("failedCriteria").isEmpty()).isTrue();
        assertThat(lason.get("criteria").size()).isEqualTo(6);

        JsonNode fails = get200("/api/reports/drug-free/units/" + FAILS + "?year=2025", communeOfficer(FAILS));
        JsonNode tl = fails.get("communes").get(0);
        assertThat(tl.get("drugFree").asBoolean()).isFalse();
        assertThat(fails.get("drugFree").asInt()).isZero();
        assertThat(fails.get("sharePercent").asDouble()).isZero();
        assertThat(tl.get("failedCriteria")).extracting(JsonNode::asString).containsExactly(
                "no-active-retail-dealer", "no-new-addicts", "every-managed-person-has-dossier",
                "no-resident-drug-arrests");
        assertThat(criterion(tl, "no-active-complex-point").get("passed").asBoolean()).isTrue();
        assertThat(criterion(tl, "no-active-complex-point").get("records").isEmpty()).isTrue();

        JsonNode dealerFailed = criterion(tl, "no-active-retail-dealer");
        assertThat(dealerFailed.get("found").asLong()).isEqualTo(1);
        assertThat(dealerFailed.get("limit").asLong()).isZero();
        assertThat(dealerFailed.get("description").asString()).contains("bán lẻ");
        assertThat(dealerFailed.get("records")).singleElement().satisfies(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("hotspot");
            assertThat(r.get("id").asString()).isEqualTo(dealer.id);
            assertThat(r.get("label").asString()).isEqualTo("Điểm Bán Lẻ Mẫu A");
            assertThat(r.get("date").asString()).isEqualTo("2025-05-01");
        });
        JsonNode newAddicts = criterion(tl, "no-new-addicts");
        assertThat(newAddicts.get("found").asLong()).isEqualTo(1);
        assertThat(newAddicts.get("records")).singleElement().satisfies(r -> {
            assertThat(r.get("id").asString()).isEqualTo(newAddict.id);
            assertThat(r.get("label").asString()).isEqualTo("Đinh Văn Mẫu");
            assertThat(r.get("date").asString()).isEqualTo("2025-03-10");
        });
        JsonNode dossiers = criterion(tl, "every-managed-person-has-dossier");
        assertThat(dossiers.get("found").asLong()).isEqualTo(1);
        assertThat(dossiers.get("records")).singleElement().satisfies(r -> {
            assertThat(r.get("id").asString()).isEqualTo(newAddict.id);
            assertThat(r.get("note").asString()).contains("ADDICT", "NONE");
        });
        JsonNode arrests = criterion(tl, "no-resident-drug-arrests");
        // the registry person once (A:arrested, not again as the incident's suspect), the other resident once
        assertThat(arrests.get("found").asLong()).isEqualTo(2);
        assertThat(arrests.get("records")).hasSize(2);
        // both on 10 June 2025: ordered by date, then kind, then id
        JsonNode resident = arrests.get("records").get(0);
        assertThat(resident.get("kind").asString()).isEqualTo("incident");
        assertThat(resident.get("id").asString()).isEqualTo(arrest.id);
        assertThat(resident.get("label").asString()).isEqualTo("Lường Văn Giả");
        assertThat(resident.get("date").asString()).isEqualTo("2025-06-10");
        JsonNode registryPerson = arrests.get("records").get(1);
        assertThat(registryPerson.get("kind").asString()).isEqualTo("person");
        assertThat(registryPerson.get("id").asString()).isEqualTo(user.id);
        assertThat(registryPerson.get("label").asString()).isEqualTo("Lò Thị Giả");
        assertThat(registryPerson.get("date").asString()).isEqualTo("2025-06-10");
        // minimal disclosure: ids, names, dates and what the criterion is about
        assertThat(tl.toString()).doesNotContain("birthYear", "1990", "Thôn Mẫu", "POSSESSION");

        // the year before: no dealer yet, no new addict; but the 2024 arrest of a resident
        JsonNode before = get200("/api/reports/drug-free/units/" + FAILS + "?year=2024", communeOfficer(FAILS))
                .get("communes").get(0);
        assertThat(before.get("failedCriteria")).extracting(JsonNode::asString)
                .containsExactly("no-resident-drug-arrests");
        assertThat(criterion(before, "no-resident-drug-arrests").get("records").get(0).get("label").asString())
                .isEqualTo("Cà Văn Năm Trước");

        // the district: every commune valid in 2025, each with its own answer, and the count of those that pass
        JsonNode district = get200("/api/reports/drug-free/units/HN-BL?year=2025", districtOfficer("HN-BL"));
        assertThat(district.get("level").asString()).isEqualTo("DISTRICT");
        assertThat(district.get("communesEvaluated").asInt()).isEqualTo(15);
        Map<String, JsonNode> communes = byCode(district);
        assertThat(communes).hasSize(15);
        assertThat(communes.get(PASSES).get("drugFree").asBoolean()).isTrue();
        assertThat(communes.get(FAILS).get("failedCriteria")).isEqualTo(tl.get("failedCriteria"));
        assertThat(communes.get(FAILS).get("criteria")).isEqualTo(tl.get("criteria"));
        long passing = communes.values().stream().filter(c -> c.get("drugFree").asBoolean()).count();
        assertThat(district.get("drugFree").asLong()).isEqualTo(passing);
        assertThat(district.get("sharePercent").asDouble()).isEqualTo(Math.round(1000.0 * passing / 15) / 10.0);
        JsonNode province = get200("/api/reports/drug-free/units/HN?year=2025", provinceAnalyst("HN"));
        assertThat(province.get("communesEvaluated").asInt()).isEqualTo(15);
        assertThat(province.get("drugFree").asInt()).isEqualTo(district.get("drugFree").asInt());

        // progress of each commune: one on track, one behind (the dealer is still active in 2026)
        JsonNode behind = get200("/api/reports/drug-free/units/" + FAILS + "/progress?fromYear=2025&toYear=2026",
                communeOfficer(FAILS));
        assertThat(behind.get("years").get(0).get("status").asString()).isEqualTo("NO_TARGET");
        assertThat(behind.get("years").get(0).get("sharePercent").asDouble()).isZero();
        assertThat(behind.get("years").get(1).get("status").asString()).isEqualTo("BEHIND");
        assertThat(behind.get("onTrack").asBoolean()).isFalse();
        JsonNode onTrack = get200("/api/reports/drug-free/units/" + PASSES + "/progress?fromYear=2026&toYear=2026",
                communeOfficer(PASSES));
        assertThat(onTrack.get("years").get(0).get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(onTrack.get("onTrack").asBoolean()).isTrue();
    }

    @Test
    void theProvincesShareYearByYearIsJudgedAgainstTheTargetsOfSeed004() throws Exception {
        // Thái Nguyên's five communes exist from 1 July 2025; no test gives them records
        JsonNode progress = get200("/api/reports/drug-free/units/TN/progress?fromYear=2024&toYear=2026",
                provinceAnalyst("TN"));
        assertThat(progress.get("programme").asString()).isEqualTo("thai-nguyen-2026-2030");
        JsonNode years = progress.get("years");
        assertThat(years).hasSize(3);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(years.get(0).get("communesEvaluated").asInt()).isZero();
        assertThat(years.get(0).get("status").asString()).isEqualTo("NO_TARGET");
        assertThat(years.get(1).get("communesEvaluated").asInt()).isEqualTo(5);
        assertThat(years.get(1).get("sharePercent").asDouble()).isEqualTo(100.0);
        assertThat(years.get(1).get("status").asString()).isEqualTo("NO_TARGET");
        JsonNode y2026 = years.get(2);
        assertThat(y2026.get("programmeId").asString()).isEqualTo("thai-nguyen-2026-2030");
        assertThat(y2026.get("requiredPercent").asDouble()).isBetween(0.0, 16.7);
        assertThat(y2026.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(progress.get("onTrack").asBoolean()).isTrue();
        assertThat(progress.get("milestones")).hasSize(2);
        assertThat(progress.get("milestones").get(0).get("by").asString()).isEqualTo("2028-12-31");
        assertThat(progress.get("milestones").get(0).get("percent").asInt()).isEqualTo(50);
        assertThat(progress.get("milestones").get(1).get("percent").asInt()).isEqualTo(100);
        if (LocalDate.now().isBefore(LocalDate.of(2028, 12, 31))) {
            assertThat(progress.get("milestones").get(0).get("status").asString()).isEqualTo("PENDING");
        }
    }

    @Test
    void badYearsUnknownUnitsAndOtherTenantsAreRefused() throws Exception {
        String base = "/api/reports/drug-free/units/" + FAILS;
        int nextYear = LocalDate.now().getYear() + 1;
        for (String[] bad : new String[][]{{"?year=" + nextYear, "year"}, {"?year=1999", "year"},
                {"?year=abc", "year"}, {"?year=20255", "year"}}) {
            mvc.perform(get(base + bad[0]).with(communeOfficer(FAILS)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        for (String[] bad : new String[][]{{"?fromYear=2025&toYear=" + nextYear, "toYear"},
                {"?fromYear=2026&toYear=2025", "fromYear"}, {"?fromYear=x&toYear=2025", "fromYear"},
                {"?fromYear=1990&toYear=2025", "fromYear"}}) {
            mvc.perform(get(base + "/progress" + bad[0]).with(communeOfficer(FAILS)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        // a commune that did not exist yet
        mvc.perform(get("/api/reports/drug-free/units/TN-GIASANG?year=2024").with(provinceAnalyst("TN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/reports/drug-free/units/HN-XX-NOWHERE?year=2025").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/drug-free/units/HN-XX-NOWHERE/progress").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "?year=2025").with(communeOfficer(PASSES))).andExpect(status().isForbidden());
        mvc.perform(get(base + "?year=2025").with(provinceAnalyst("TN"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/drug-free/units/HN/progress").with(districtOfficer("HN-BL")))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/progress").with(provinceAnalyst("TN"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "?year=2025").with(user("partner.bn", "BN", "EXCHANGE_PARTNER")))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "?year=2025")).andExpect(status().isUnauthorized());
        mvc.perform(get(base + "?year=2025").with(districtOfficer("HN-BL"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Xã Trung Lương"));
    }
}
