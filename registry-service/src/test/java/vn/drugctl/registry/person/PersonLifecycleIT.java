package vn.drugctl.registry.person;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/** A person's life in the registry through the HTTP API, with its events on Kafka and its audit trail. */
class PersonLifecycleIT extends RegistryApiTest {
    static final String VUBAN = "/api/registry/persons";

    @BeforeEach
    void cleanStore() {
        clean();
    }

    String suspectedUser(String name, String cccd) throws Exception {
        return register("""
                {"fullName":"%s","sex":"MALE","birthYear":1990,%s
                 "permanentResidence":{"village":"Thôn Đồng","unitCode":"HN-BL-VUBAN"},
                 "priorConvictions":{"drug":1,"other":0},
                 "surveillance":{"category":"DM2","system":"H3","profileClass":"A"},
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10",
                         "documentRef":"BC 05/CAX"}}""".formatted(name, cccd == null ? "" : "\"cccd\":\"" + cccd + "\","),
                communeOfficer("HN-BL-VUBAN")).get("id").asString();
    }

    JsonNode change(String id, String path, String body) throws Exception {
        var response = postJson(VUBAN + "/" + id + "/" + path, body, communeOfficer("HN-BL-VUBAN")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        return json.readTree(response.getContentAsString());
    }

    @Test
    void aSuspectedUserTestsPositiveBecomesAnIllegalUserAndTheRecordShowsNowAsOfAndHistory() throws Exception {
        String id = suspectedUser("Đinh Văn Hùng", "035090001234");
        change(id, "drug-tests", """
                {"summonsDate":"2024-02-27","testDate":"2024-02-28","sample":"URINE",
                 "substances":["METHAMPHETAMINE"],"result":"POSITIVE","documentRef":"PX 11"}""");
        JsonNode after = change(id, "list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-03-01",
                 "documentRef":"QĐ 15/QĐ-UBND","note":"quyết định quản lý của Chủ tịch UBND xã"}""");
        assertThat(after.get("now").get("list").asString()).isEqualTo("ILLEGAL_USER");
        assertThat(after.get("now").get("periodEndsOn").asString()).isEqualTo("2025-03-01");
        assertThat(after.get("version").asLong()).isEqualTo(3);

        mvc.perform(get(VUBAN + "/" + id).param("asOf", "2024-02-15").param("purpose", "rà soát định kỳ")
                        .with(districtOfficer("HN-BL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.fullName").value("Đinh Văn Hùng"))
                .andExpect(jsonPath("$.details.cccd").value("035090001234"))
                .andExpect(jsonPath("$.now.list").value("ILLEGAL_USER"))
                .andExpect(jsonPath("$.now.listLabel").value("Người sử dụng trái phép chất ma túy"))
                .andExpect(jsonPath("$.now.drugTests[0].substances[0]").value("METHAMPHETAMINE"))
                .andExpect(jsonPath("$.asOf").value("2024-02-15"))
                .andExpect(jsonPath("$.stateAsOf.list").value("SUSPECTED_USER"))
                .andExpect(jsonPath("$.history[*].eventType").value(contains("PersonRegistered",
                        "PersonMovedToList", "DrugTestRecorded", "PersonMovedToList")))
                .andExpect(jsonPath("$.history[3].event.reason").value("POSITIVE_TEST"))
                .andExpect(jsonPath("$.history[3].event.documentRef").value("QĐ 15/QĐ-UBND"))
                .andExpect(jsonPath("$.history[3].recordedBy").value("officer.hn-bl-vuban"))
                .andExpect(jsonPath("$.history[3].businessDate").value("2024-03-01"));

        // every change and the read are in the audit trail, with the purpose given (a change's line travels in the
        // change's own write and is delivered by the outbox relay)
        auditDelivered();
        List<Document> audit = mongo.find(Query.query(Criteria.where("recordId").is(id)), Document.class, "audit_log");
        assertThat(audit).extracting(d -> d.getString("action"))
                .containsExactlyInAnyOrder("REGISTER", "CHANGE", "CHANGE", "READ");
        assertThat(audit).filteredOn(d -> "READ".equals(d.getString("action"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.getString("purpose")).isEqualTo("rà soát định kỳ");
                    assertThat(d.getString("username")).isEqualTo("district.hn-bl");
                });

        // the events reach Kafka in order, with the business date and the reason
        List<JsonNode> events = eventsOf(id, 4);
        assertThat(events).extracting(e -> e.get("eventType").asString()).containsExactly("PersonRegistered",
                "PersonMovedToList", "DrugTestRecorded", "PersonMovedToList");
        JsonNode moved = events.get(3);
        assertThat(moved.get("occurredAt").asString()).isEqualTo("2024-02-29T17:00:00Z");
        assertThat(moved.get("aggregateVersion").asLong()).isEqualTo(3);
        // each event has its own position in the person's history: registration and first list share version 1
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(e -> e.get("aggregateVersion").asLong()).containsExactly(1L, 1L, 2L, 3L);
        assertThat(moved.get("payload").get("fromList").asString()).isEqualTo("SUSPECTED_USER");
        assertThat(moved.get("payload").get("periodEndsOn").asString()).isEqualTo("2025-03-01");
        assertThat(moved.get("eventId").asString()).isEqualTo(after.get("history").get(3).get("eventId").asString());
    }

    @Test
    void aForbiddenMoveIs422NamingTheRuleAndNothingChanges() throws Exception {
        String id = suspectedUser("Tạ Văn Quý", null);
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"toList":"POST_REHAB","reason":"RELEASED_FROM_COMPULSORY_REHAB","businessDate":"2024-05-01"}""",
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/rule-violation"))
                .andExpect(jsonPath("$.rule").value("law-73-2021/transition"))
                .andExpect(jsonPath("$.ruleSet").value("law-73-2021")));
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2099-01-01"}""",
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessDate")));
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"reason":"MOVED_AWAY","businessDate":"2024-05-01"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("moved-away/verification-required")));
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"toList":"ADDICT","reason":"TIRED","businessDate":"2024-05-01"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason")));
    }

    @Test
    void aCorrectionIsAppendedAndTheHistoryShowsWhatItCorrected() throws Exception {
        String id = suspectedUser("Lương Văn Tám", null);
        JsonNode moved = change(id, "list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-03-01"}""");
        String wrong = moved.get("history").get(2).get("eventId").asString();
        JsonNode corrected = change(id, "corrections", """
                {"eventId":"%s","businessDate":"2024-02-20","note":"nhập nhầm ngày quyết định"}""".formatted(wrong));
        assertThat(corrected.get("now").get("onListSince").asString()).isEqualTo("2024-02-20");
        assertThat(corrected.get("history")).hasSize(4);
        assertThat(corrected.get("history").get(2).get("event").get("businessDate").asString()).isEqualTo("2024-03-01");
        assertThat(corrected.get("history").get(2).get("correctedBy").asString())
                .isEqualTo(corrected.get("history").get(3).get("eventId").asString());
        assertThat(corrected.get("history").get(3).get("event").get("correctsEventId").asString()).isEqualTo(wrong);

        postJson(VUBAN + "/" + id + "/corrections", """
                {"eventId":"nope","voided":true,"note":"x"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isNotFound());
    }

    @Test
    void oneCccdIsRegisteredOncePerProvinceAndTheAnswerNamesTheManagingUnit() throws Exception {
        suspectedUser("Vi Văn Hòa", "035090004321");
        long stored = mongo.count(new Query(), "persons");
        postJson(VUBAN, """
                {"fullName":"Vi Văn Hoà","sex":"MALE","birthYear":1990,"cccd":"035090004321"}""",
                communeOfficer("HN-BL-ANDO"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/duplicate-cccd"))
                .andExpect(jsonPath("$.managingUnit").value("HN-BL-VUBAN"))
                .andExpect(jsonPath("$.detail").value(containsString("HN-BL-VUBAN")));
        // another province keeps its own registry
        register("""
                {"fullName":"Vi Văn Hòa","sex":"MALE","birthYear":1990,"cccd":"035090004321"}""",
                communeOfficer("TN-GIASANG"));
        assertThat(mongo.count(new Query(), "persons")).isEqualTo(stored + 1);
        postJson(VUBAN, """
                {"fullName":"Vi Văn Hòa","sex":"FEMALE","birthYear":1990,"cccd":"035090004321"}""",
                communeOfficer("HN-BL-ANDO"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cccd"));
    }

    @Test
    void aLikelyDuplicateWithoutCccdNeedsAnExplicitConfirmation() throws Exception {
        String first = suspectedUser("Nguyễn Văn Tuấn", null);
        String again = """
                {"fullName":"nguyen van tuan","sex":"MALE","birthYear":1990,
                 "permanentResidence":{"village":"thon dong","unitCode":"HN-BL-VUBAN"}%s}""";
        JsonNode conflict = body(postJson(VUBAN, again.formatted(""), communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/likely-duplicate"))
                .andExpect(jsonPath("$.candidates", hasSize(1))));
        JsonNode candidate = conflict.get("candidates").get(0);
        assertThat(candidate.get("id").asString()).isEqualTo(first);
        assertThat(candidate.get("inYourScope").asBoolean()).isTrue();
        assertThat(candidate.get("fullName").asString()).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(candidate.get("managingUnit").asString()).isEqualTo("HN-BL-VUBAN");
        assertThat(candidate.has("cccd")).isFalse();
        assertThat(mongo.count(new Query(), "persons")).isEqualTo(1);

        register(again.formatted(",\"confirmedNotDuplicate\":[\"" + first + "\"]"), communeOfficer("HN-BL-VUBAN"));
        assertThat(mongo.count(new Query(), "persons")).isEqualTo(2);
    }

    @Test
    void aDuplicateOutsideTheCallersScopeIsShownOnlyAsItsManagingUnitAndTheDisclosureIsAudited() throws Exception {
        String vuban = suspectedUser("Nguyễn Văn Tuấn", "035090001111");
        String sameNameNoCccd = """
                {"fullName":"Nguyễn Văn Tuấn","sex":"MALE","birthYear":1990,
                 "permanentResidence":{"village":"Thôn Đồng","unitCode":"HN-BL-ANDO"}}""";
        auditDelivered();
        // another commune registering someone with the same name, birth year and village: no name, no list
        JsonNode candidate = body(postJson(VUBAN, sameNameNoCccd, communeOfficer("HN-BL-ANDO"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/likely-duplicate")))
                .get("candidates").get(0);
        assertThat(candidate.get("inYourScope").asBoolean()).isFalse();
        assertThat(candidate.get("managingUnit").asString()).isEqualTo("HN-BL-VUBAN");
        assertThat(candidate.get("managingUnitName").asString()).isEqualTo("Xã Vũ Bản");
        assertThat(candidate.get("fullName").isNull()).isTrue();
        assertThat(candidate.get("list").isNull()).isTrue();
        assertThat(candidate.get("birthYear").isNull()).isTrue();
        Document told = newestAuditLine();
        assertThat(told.getString("action")).isEqualTo("DISCLOSE");
        assertThat(told.getString("recordType")).isEqualTo("person");
        assertThat(told.getString("recordId")).isEqualTo(vuban);
        assertThat(told.getString("recordUnitCode")).isEqualTo("HN-BL-VUBAN");
        assertThat(told.getString("username")).isEqualTo("officer.hn-bl-ando");

        // the same CCCD: the managing unit, not the record
        JsonNode cccd = body(postJson(VUBAN, """
                {"fullName":"Nguyễn Văn Tuấn","sex":"MALE","birthYear":1990,"cccd":"035090001111"}""",
                communeOfficer("HN-BL-ANDO")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/duplicate-cccd")));
        assertThat(cccd.get("managingUnit").asString()).isEqualTo("HN-BL-VUBAN");
        assertThat(cccd.has("existingPersonId")).isFalse();
        assertThat(newestAuditLine().getString("action")).isEqualTo("DISCLOSE");
        // inside the caller's scope the record itself is named
        JsonNode own = body(postJson(VUBAN, """
                {"fullName":"Nguyễn Văn Tuấn","sex":"MALE","birthYear":1990,"cccd":"035090001111"}""",
                communeOfficer("HN-BL-VUBAN")).andExpect(status().isConflict()));
        assertThat(own.get("existingPersonId").asString()).isEqualTo(vuban);
        assertThat(mongo.count(new Query(), "persons")).isEqualTo(1);
    }

    @Test
    void searchFindsPeopleInScopeByListFlagAgeNameAndBirthYear() throws Exception {
        String tuan = suspectedUser("Nguyễn Văn Tuấn", null);
        register("""
                {"fullName":"Nguyễn Thị Út","sex":"FEMALE","birthYear":2001,
                 "list":{"list":"ADDICT","reason":"ADDICTION_DETERMINED","businessDate":"2025-01-05"}}""",
                communeOfficer("HN-BL-VUBAN"));
        register("""
                {"fullName":"Nguyễn Văn Tuấn","sex":"MALE","birthYear":1990,
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-05"}}""",
                communeOfficer("HN-BL-ANDO"));
        register("""
                {"fullName":"Nguyễn Văn Tuấn","sex":"MALE","birthYear":1990}""", communeOfficer("TN-GIASANG"));
        change(tuan, "flags", """
                {"flag":"METHADONE","set":true,"reason":"ENROLLED_IN_TREATMENT","businessDate":"2024-06-01"}""");

        mvc.perform(get(VUBAN).param("name", "NGUYỄN").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Thị Út", "Nguyễn Văn Tuấn")));
        // every search is audited: who, with which filters, how many matched (not who)
        Document searched = newestAuditLine();
        assertThat(searched.getString("action")).isEqualTo("SEARCH");
        assertThat(searched.getString("username")).isEqualTo("officer.hn-bl-vuban");
        assertThat(searched.getString("what")).contains("name^=nguyen");
        assertThat(searched.getString("recordType")).isEqualTo("person");
        assertThat(searched.get("resultCount", Number.class).longValue()).isEqualTo(2);
        assertThat(searched.getString("recordId")).isNull();
        mvc.perform(get("/api/registry/audit/users/officer.hn-bl-vuban").with(districtOfficer("HN-BL")))
                .andExpect(jsonPath("$.items[0].action").value("SEARCH"))
                .andExpect(jsonPath("$.items[0].resultCount").value(2));
        mvc.perform(get(VUBAN).param("name", "nguyễn văn tuấn").with(districtOfficer("HN-BL")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].unitCode").value(containsInAnyOrder("HN-BL-VUBAN", "HN-BL-ANDO")));
        mvc.perform(get(VUBAN).param("name", "nguyen van tuan").with(provinceAnalyst("TN")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value("TN-GIASANG"));
        mvc.perform(get(VUBAN).param("list", "ADDICT").with(districtOfficer("HN-BL")))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Thị Út")));
        mvc.perform(get(VUBAN).param("list", "NONE").with(provinceAnalyst("TN")))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(VUBAN).param("flag", "METHADONE").with(provinceAnalyst("HN")))
                .andExpect(jsonPath("$.items[*].id").value(contains(tuan)));
        mvc.perform(get(VUBAN).param("ageBand", "UNDER_30").with(provinceAnalyst("HN")))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Thị Út")));
        mvc.perform(get(VUBAN).param("birthYear", "1990").param("unit", "HN-BL-ANDO").with(provinceAnalyst("HN")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value("HN-BL-ANDO"));
        mvc.perform(get(VUBAN).param("sort", "BIRTH_YEAR").param("size", "1").param("page", "1")
                        .with(districtOfficer("HN-BL")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].birthYear").value(1990));

        // another tenant's unit, bad filters
        mvc.perform(get(VUBAN).param("unit", "HN-BL-ANDO").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isForbidden());
        mvc.perform(get(VUBAN).param("list", "ADDICTS").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("list"));
        mvc.perform(get(VUBAN).param("size", "500").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(VUBAN).param("ageBand", "OLD").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ageBand"));
    }

    @Test
    void theFullRecordIsReadOnlyInScopeAndEveryReadIsAudited() throws Exception {
        String id = suspectedUser("Mạc Văn Lộc", null);
        auditDelivered();
        long audit = auditLines();
        // outside the caller's view the record does not exist: 404, the same answer as for an unknown id
        mvc.perform(get(VUBAN + "/" + id).with(communeOfficer("HN-BL-ANDO"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
        mvc.perform(get(VUBAN + "/" + id).with(provinceAnalyst("TN"))).andExpect(status().isNotFound());
        // both attempts are audited against the record's unit
        assertThat(auditLines()).isEqualTo(audit + 2);
        assertThat(mongo.count(Query.query(Criteria.where("recordId").is(id).and("action").is("DENIED")
                .and("recordUnitCode").is("HN-BL-VUBAN")), "audit_log")).isEqualTo(2);
        mvc.perform(get(VUBAN + "/" + id).with(provinceAnalyst("HN"))).andExpect(status().isOk());
        assertThat(auditLines()).isEqualTo(audit + 3);
        mvc.perform(get(VUBAN + "/" + id).param("asOf", "2099-01-01").with(provinceAnalyst("HN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get(VUBAN + "/" + id).param("asOf", "yesterday").with(provinceAnalyst("HN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get(VUBAN + "/no-such-person").with(provinceAnalyst("HN"))).andExpect(status().isNotFound());
    }

    @Test
    void detailsChangeIsRecordedWithTheFieldsThatChangedAndChecksTheCccd() throws Exception {
        String id = suspectedUser("Hứa Văn Kiên", null);
        JsonNode after = body(putJson(VUBAN + "/" + id + "/details", """
                {"details":{"fullName":"Hứa Văn Kiên","aliases":["Kiên còi"],"sex":"MALE","birthYear":1990,
                  "cccd":"035090007777","permanentResidence":{"village":"Thôn Đồng","unitCode":"HN-BL-VUBAN"},
                  "priorConvictions":{"drug":1,"other":0},
                  "surveillance":{"category":"DM2","system":"H3","profileClass":"A"}},
                 "note":"bổ sung CCCD"}""", communeOfficer("HN-BL-VUBAN")).andExpect(status().isOk()));
        assertThat(after.get("details").get("cccd").asString()).isEqualTo("035090007777");
        assertThat(after.get("history").get(2).get("event").get("changedFields").toString())
                .isEqualTo("[\"aliases\",\"cccd\"]");
        mvc.perform(get(VUBAN).param("name", "kien coi").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));

        String other = suspectedUser("Hứa Văn Kiệt", null);
        rejectedWithoutChange(other, () -> putJson(VUBAN + "/" + other + "/details", """
                {"details":{"fullName":"Hứa Văn Kiệt","sex":"MALE","birthYear":1990,"cccd":"035090007777"}}""",
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.managingUnit").value("HN-BL-VUBAN")));
        rejectedWithoutChange(other, () -> putJson(VUBAN + "/" + other + "/details", """
                {"details":{"fullName":"","sex":"MALE"}}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.fullName")));
        rejectedWithoutChange(other, () -> putJson(VUBAN + "/" + other + "/details", """
                {"details":{"fullName":"Hứa Văn Kiệt","sex":"MALE"}}""", communeOfficer("HN-BL-ANDO"))
                .andExpect(status().isNotFound()));
    }

    @Test
    void anAddictGoesToCompulsoryRehabAndComesBackOnThePostRehabList() throws Exception {
        String id = register("""
                {"fullName":"Ma Văn Sùng","sex":"MALE","birthYear":1979,
                 "list":{"list":"ADDICT","reason":"ADDICTION_DETERMINED","businessDate":"2024-01-15"}}""",
                communeOfficer("HN-BL-VUBAN")).get("id").asString();
        JsonNode opened = change(id, "rehab-dossiers", """
                {"businessDate":"2024-02-01","documentRef":"HS 03"}""");
        String dossier = opened.get("now").get("rehabDossiers").get(0).get("dossierId").asString();
        change(id, "rehab-dossiers/" + dossier + "/stages", """
                {"stage":"COURT_DECIDED","businessDate":"2024-03-01","documentRef":"QĐ 07/QĐ-TA"}""");
        JsonNode admitted = change(id, "rehab-dossiers/" + dossier + "/stages", """
                {"stage":"ADMITTED","businessDate":"2024-03-05"}""");
        assertThat(admitted.get("now").get("addictLocation").asString()).isEqualTo("COMPULSORY_REHAB");
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/rehab-dossiers/" + dossier + "/stages", """
                {"stage":"COURT_DECIDED","businessDate":"2024-03-06"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("rehab-dossier/stage-order")));
        JsonNode released = change(id, "rehab-dossiers/" + dossier + "/stages", """
                {"stage":"RELEASED","businessDate":"2025-09-05","documentRef":"GCN 41"}""");
        assertThat(released.get("now").get("list").asString()).isEqualTo("POST_REHAB");
        assertThat(released.get("now").get("periodEndsOn").asString()).isEqualTo("2027-09-05");
        assertThat(eventsOf(id, 8)).extracting(e -> e.get("eventType").asString()).containsExactly(
                "PersonRegistered", "PersonMovedToList", "RehabDossierChanged", "RehabDossierChanged",
                "RehabDossierChanged", "AddictLocationChanged", "RehabDossierChanged", "PersonMovedToList");
        postJson(VUBAN + "/" + id + "/rehab-dossiers/nope/stages", """
                {"stage":"COURT_DECIDED","businessDate":"2024-03-06"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPersonWhoMovedAwayIsRemovedOnlyAfterTheVerificationRecord() throws Exception {
        String id = suspectedUser("Lục Văn Phúc", null);
        change(id, "moved-away", """
                {"businessDate":"2025-02-01","reportedDestination":{"village":"Tổ 7","unitCode":"TN-GIASANG"},
                 "note":"vợ báo đi làm ăn xa"}""");
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"reason":"MOVED_AWAY","businessDate":"2025-02-10"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("moved-away/verification-required")));
        JsonNode verified = change(id, "moved-away/verification", """
                {"businessDate":"2025-02-15","askedWho":"vợ và trưởng thôn Đồng","documentRef":"BB 09/CAX"}""");
        assertThat(verified.get("now").get("presence").asString()).isEqualTo("VERIFIED_MOVED");
        assertThat(verified.get("now").get("movedTo").get("unitCode").asString()).isEqualTo("TN-GIASANG");
        // the review's case: leaving the list dated 02-05, after the mark but before the verification of 02-15, is
        // judged on 02-05, when the move was not verified yet
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/list-changes", """
                {"reason":"MOVED_AWAY","businessDate":"2025-02-05"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("moved-away/verification-required"))
                .andExpect(jsonPath("$.businessDate").value("2025-02-05")));
        JsonNode removed = change(id, "list-changes", """
                {"reason":"MOVED_AWAY","businessDate":"2025-02-20","documentRef":"BB 09/CAX"}""");
        assertThat(removed.get("now").get("list").isNull()).isTrue();
        assertThat(removed.get("now").get("listReason").asString()).isEqualTo("MOVED_AWAY");

        String back = suspectedUser("Lục Văn Quang", null);
        change(back, "moved-away", """
                {"businessDate":"2025-02-01"}""");
        assertThat(change(back, "returned", """
                {"businessDate":"2025-03-01","note":"đã về"}""").get("now").get("presence").asString())
                .isEqualTo("PRESENT");
    }

    @Test
    void sanctionsAreRecordedIssuedOrNotIssuedWithTheReason() throws Exception {
        String id = suspectedUser("Nông Văn Bảy", null);
        change(id, "sanctions", """
                {"issued":true,"decisionNumber":"21/QĐ-XPHC","decidedOn":"2024-04-02"}""");
        JsonNode after = change(id, "sanctions", """
                {"issued":false,"decidedOn":"2024-05-02","notIssuedReason":"USED_IN_ANOTHER_PROVINCE"}""");
        assertThat(after.get("now").get("sanctions")).hasSize(2);
        assertThat(after.get("now").get("sanctions").get(1).get("notIssuedReason").asString())
                .isEqualTo("USED_IN_ANOTHER_PROVINCE");
        rejectedWithoutChange(id, () -> postJson(VUBAN + "/" + id + "/sanctions", """
                {"issued":false,"decidedOn":"2024-05-02"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notIssuedReason")));
    }

    /** The first {@code count} events of a person on Kafka, in order. */
    List<JsonNode> eventsOf(String personId, int count) {
        List<JsonNode> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registry.events.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (personId.equals(r.key())) {
                        received.add(json.readTree(r.value()));
                    }
                }
                return received.size() >= count;
            });
        }
        return received;
    }
}
