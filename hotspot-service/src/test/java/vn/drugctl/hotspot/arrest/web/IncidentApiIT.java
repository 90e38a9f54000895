package vn.drugctl.hotspot.arrest.web;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incident API over HTTP with the real MongoDB-wire server and Kafka: create, read, list, outcome, corrections;
 * bad input (400 naming the field), tenancy (404 for another unit's id, 403 for a partner or a caller who captures
 * nothing), rules (422), each rejection leaving everything stored as it was; SuspectArrested on the broker with the
 * exact payload registry-service consumes.
 */
class IncidentApiIT extends HotspotApiTest {
    static final String BASE = "/api/hotspots/incidents";
    static final String PERSON = "7d7c1f8e-0000-4000-8000-000000000001";
    static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();

    @BeforeEach
    void empty() {
        clean();
    }

    static String incident(String seizures, String extra) {
        return """
                {"occurredAt":"%sT21:30:00+07:00",
                 "place":{"road":"Đường trục xã","village":"Thôn 3","unitCode":"HN-BL-VUBAN"},
                 "otherUnitCodes":["HN-BL"],
                 "suspects":[{"suspectId":"s1","personId":"%s","acts":["POSSESSION","SALE"]},
                   {"suspectId":"s2","fullName":"Trần Văn Mẫu","birthYear":1992,
                    "residence":{"text":"xóm 4, xã Châu Nhân, Nghệ An","provinceCode":"NA"},"acts":["POSSESSION"]}],
                 "seizures":%s,
                 "moneyVnd":600000,"vehicles":1,"phones":2%s}""".formatted(YESTERDAY, PERSON, seizures, extra);
    }

    static final String SEIZURES = """
            [{"kind":"METHAMPHETAMINE","grams":"1.250","suspectId":"s1"},{"kind":"HEROIN","grams":0.2,"suspectId":"s2"}]""";

    String create() throws Exception {
        return postExpecting(201, BASE, incident(SEIZURES, ""), officer(VUBAN)).get("id").asString();
    }

    @Test
    void anIncidentIsRecordedReadAndItsRegistrySuspectReachesKafkaWithTheExactPayload() throws Exception {
        JsonNode created = postExpecting(201, BASE, incident(SEIZURES, ""), officer(VUBAN));
        String id = created.get("id").asString();
        assertThat(created.get("seizures").get(0).get("grams").asString()).isEqualTo("1.250");
        assertThat(created.get("seizures").get(1).get("grams").asString()).isEqualTo("0.200");
        assertThat(created.get("seizures").get(0).get("kindLabel").asString()).isEqualTo("Ma túy đá");
        assertThat(created.get("unitCodes").toString()).isEqualTo("[\"HN-BL-VUBAN\",\"HN-BL\"]");

        getPath(BASE + "/" + id, districtOfficer(BINHLUC)).andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].eventType").value("IncidentRecorded"))
                .andExpect(jsonPath("$.history[1].eventType").value("SuspectArrested"))
                .andExpect(jsonPath("$.occurredAt").value(YESTERDAY + "T21:30:00+07:00"));

        List<JsonNode> events = eventsOf(id, 2);
        assertThat(events).extracting(e -> e.get("eventType").asString())
                .containsExactly("IncidentRecorded", "SuspectArrested");
        JsonNode arrested = events.get(1);
        assertThat(arrested.get("sequence").asLong()).isEqualTo(2);
        assertThat(arrested.get("unitCode").asString()).isEqualTo(VUBAN);
        String suspectId = "s1";
        assertThat(json.readTree(arrested.get("payload").toString())).isEqualTo(json.readTree("""
                {"incidentId":"%s","suspectId":"%s","personId":"%s","occurredAt":"%sT21:30:00+07:00",
                 "businessDate":"%s","arrestingUnitCode":"HN-BL-VUBAN","acts":["POSSESSION","SALE"],
                 "outcome":"PENDING","caseNumber":null,
                 "substances":[{"kind":"METHAMPHETAMINE","grams":"1.250"}]}""".formatted(id, suspectId, PERSON,
                YESTERDAY, YESTERDAY)));
    }

    @Test
    void aSuspectLivingInAnotherCommuneOfTheProvinceIsToldToThatCommuneWithoutTheArrestsDetails() throws Exception {
        String body = incident(SEIZURES, "").replace("\"text\":\"xóm 4, xã Châu Nhân, Nghệ An\",\"provinceCode\":\"NA\"",
                "\"text\":\"Thôn Mỹ Duệ, xã Tràng An\",\"provinceCode\":\"HN\",\"unitCode\":\"HN-BL-TRANGAN\"");
        JsonNode created = postExpecting(201, BASE, body, officer(VUBAN));
        String id = created.get("id").asString();
        assertThat(created.get("suspects").get(1).get("residenceUnitCode").asString())
                .isEqualTo("HN-BL-TRANGAN");

        List<JsonNode> events = eventsOf(id, 3);
        assertThat(events).extracting(e -> e.get("eventType").asString())
                .containsExactly("IncidentRecorded", "SuspectArrested", "ResidentArrested");
        assertThat(json.readTree(events.get(2).get("payload").toString())).isEqualTo(json.readTree("""
                {"incidentId":"%s","suspectId":"s2","residenceUnitCode":"HN-BL-TRANGAN","fullName":"Trần Văn Mẫu",
                 "birthYear":1992,"businessDate":"%s","arrestingUnitCode":"HN-BL-VUBAN"}""".formatted(id,
                YESTERDAY)));
        // the commune told is not given the incident itself
        getPath(BASE + "/" + id, officer(TRANGAN)).andExpect(status().isNotFound());
    }

    @Test
    void theOutcomeIsRecordedAndTheProsecutedSuspectIsToldAgain() throws Exception {
        String id = create();
        JsonNode after = postExpecting(200, BASE + "/" + id + "/outcome", """
                {"kind":"PROSECUTED","caseNumber":"12/2026/HS","defendants":["s1"],"note":"QĐ khởi tố"}""",
                officer(VUBAN));
        assertThat(after.get("outcome").get("label").asString()).isEqualTo("Khởi tố");
        assertThat(after.get("version").asLong()).isEqualTo(2);
        List<JsonNode> events = allEventsOf(id);
        assertThat(events).extracting(e -> e.get("eventType").asString()).containsExactly("IncidentRecorded",
                "SuspectArrested", "IncidentOutcomeRecorded", "SuspectArrested");
        JsonNode again = events.get(3).get("payload");
        assertThat(again.get("outcome").asString()).isEqualTo("PROSECUTED");
        assertThat(again.get("caseNumber").asString()).isEqualTo("12/2026/HS");
        assertThat(events.get(3).get("sequence").asLong()).isEqualTo(4);
    }

    @Test
    void aCorrectionReplacesTheDetailsAndKeepsTheHistory() throws Exception {
        String id = create();
        String corrected = incident("""
                [{"kind":"METHAMPHETAMINE","grams":"1.205","suspectId":"s1"}]""", "");
        JsonNode after = postExpecting(200, BASE + "/" + id + "/corrections",
                "{\"incident\":" + corrected + ",\"note\":\"Cân lại\",\"expectedVersion\":1}", officer(VUBAN));
        assertThat(after.get("seizures").size()).isEqualTo(1);
        assertThat(after.get("seizures").get(0).get("grams").asString()).isEqualTo("1.205");
        assertThat(after.get("history").get(2).get("eventType").asString()).isEqualTo("IncidentCorrected");
        assertThat(after.get("history").get(3).get("payload").get("substances").get(0).get("grams").asString())
                .isEqualTo("1.205");
    }

    @Test
    void incidentsAreListedByPeriodAndUnitWithinTheCallersView() throws Exception {
        String id = create();
        getPath(BASE + "?from=" + YESTERDAY + "&to=" + YESTERDAY, provinceAnalyst(HANAM)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].suspects").value(2));
        getPath(BASE + "?from=" + YESTERDAY + "&to=" + YESTERDAY + "&unit=" + VUBAN, districtOfficer(BINHLUC))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        getPath(BASE + "?from=" + YESTERDAY + "&to=" + YESTERDAY, officer(TRANGAN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        getPath(BASE + "?from=" + YESTERDAY + "&to=" + YESTERDAY, provinceAnalyst(THAINGUYEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        getPath(BASE + "?from=2020-01-01&to=2020-12-31", officer(VUBAN)).andExpect(jsonPath("$.total").value(0));
        getPath(BASE + "?from=" + YESTERDAY + "&to=2020-01-01", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(BASE + "?to=" + YESTERDAY, officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(BASE + "?from=" + YESTERDAY + "&to=" + YESTERDAY, partner()).andExpect(status().isForbidden());
    }

    @Test
    void badWeightsDatesEnumsAndCharactersAre400NamingTheFieldAndStoreNothing() throws Exception {
        create();
        for (String[] bad : new String[][]{
                {incident("[{\"kind\":\"HEROIN\",\"grams\":1.2345}]", ""), "seizures[0].grams"},
                {incident("[{\"kind\":\"HEROIN\",\"grams\":\"1.2345\"}]", ""), "seizures[0].grams"},
                {incident("[{\"kind\":\"HEROIN\",\"grams\":-1}]", ""), "seizures[0].grams"},
                {incident("[{\"kind\":\"HEROIN\",\"grams\":0}]", ""), "seizures[0].grams"},
                {incident("[{\"kind\":\"OTHER\",\"grams\":1}]", ""), "seizures[0].name"},
                {incident("[]", ",\"moneyVnd\":-5").replace("\"moneyVnd\":600000,", ""), "moneyVnd"},
                {incident("[]", "").replace(YESTERDAY + "T21:30:00+07:00", "2999-01-01T00:00:00+07:00"),
                        "occurredAt"},
                {incident("[]", "").replace(YESTERDAY + "T21:30:00+07:00", "hôm qua"), "occurredAt"},
                {incident("[]", "").replace("Thôn 3", "Thôn\\u00003"), "place.village"},
                {incident("[]", "").replace("HN-BL-VUBAN\"}", "XX-NOWHERE\"}"), "place.unitCode"},
                {incident("[]", "").replace("[\"HN-BL\"]", "[\"XX-NOWHERE\"]"), "otherUnitCodes[0]"},
                {incident("[]", "").replace("\"provinceCode\":\"NA\"", "\"provinceCode\":\"NA\",\"unitCode\":\"NA-XX\""),
                        "suspects[1].residence.unitCode"},
                {incident("[]", "").replace("\"provinceCode\":\"NA\"",
                        "\"provinceCode\":\"NA\",\"unitCode\":\"HN-BL-TRANGAN\""), "suspects[1].residence.unitCode"},
                {incident("[]", "").replace("\"provinceCode\":\"NA\"", "\"unitCode\":\"xã Tràng An\""),
                        "suspects[1].residence.unitCode"},
                {incident("[]", ",\"hotspotEffects\":[{\"hotspotId\":\"nope\",\"effect\":\"ERADICATES\"}]"),
                        "hotspotEffects[0].hotspotId"},
        }) {
            rejectedWithoutAnyChange(() -> postJson(BASE, bad[0], officer(VUBAN))
                    .andExpect(status().isBadRequest())
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).as(bad[1])
                            .contains(bad[1])));
        }
        rejectedWithoutAnyChange(() -> postJson(BASE, incident("[{\"kind\":\"SPICE\",\"grams\":1}]", ""),
                officer(VUBAN)).andExpect(status().isBadRequest()));
    }

    @Test
    void onlyTheCallersOwnUnitRecordsAndAPartnerIsForbidden() throws Exception {
        rejectedWithoutAnyChange(() -> postJson(BASE, incident(SEIZURES, ""), provinceAnalyst(HANAM))
                .andExpect(status().isForbidden()));
        rejectedWithoutAnyChange(() -> postJson(BASE, incident(SEIZURES, ""), partner())
                .andExpect(status().isForbidden()));
    }

    @Test
    void anotherUnitsIncidentIs404LikeAnUnknownOneAndItsAttemptsChangeNothing() throws Exception {
        String id = create();
        for (var other : List.of(officer(TRANGAN), officer(GIASANG), provinceAnalyst(THAINGUYEN),
                districtOfficer("TN"))) {
            getPath(BASE + "/" + id, other).andExpect(status().isNotFound());
            rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/outcome",
                    "{\"kind\":\"ADMINISTRATIVE\",\"sanctionDecisionRef\":\"QĐ 1\"}", other)
                    .andExpect(status().isNotFound()));
            rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/corrections",
                    "{\"incident\":" + incident("[]", "") + ",\"note\":\"x\"}", other)
                    .andExpect(status().isNotFound()));
        }
        getPath(BASE + "/unknown-id", officer(VUBAN)).andExpect(status().isNotFound());
        Document denied = newestAuditLines(1).getFirst();
        assertThat(denied.getString("action")).isEqualTo("DENIED");
        assertThat(denied.getString("recordType")).isEqualTo("incident");
        // the district sees it but captures only for the district: 403 on a change
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/outcome",
                "{\"kind\":\"ADMINISTRATIVE\",\"sanctionDecisionRef\":\"QĐ 1\"}", districtOfficer(BINHLUC))
                .andExpect(status().isForbidden()));
        rejectedWithoutChange("incidents", id, () -> getPath(BASE + "/" + id, partner())
                .andExpect(status().isForbidden()));
    }

    @Test
    void outcomeAndCorrectionRulesAre422OrBadInput400AndChangeNothing() throws Exception {
        String id = create();
        postExpecting(200, BASE + "/" + id + "/outcome",
                "{\"kind\":\"PROSECUTED\",\"caseNumber\":\"12/2026/HS\",\"defendants\":[\"s1\"]}", officer(VUBAN));
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/outcome",
                "{\"kind\":\"ADMINISTRATIVE\",\"sanctionDecisionRef\":\"QĐ 1\"}", officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("incident/outcome-final")));
        String withoutRegistrySuspect = incident(SEIZURES.replace(",\"suspectId\":\"s1\"", ""), "")
                .replace("{\"suspectId\":\"s1\",\"personId\":\"" + PERSON + "\",\"acts\":[\"POSSESSION\",\"SALE\"]},",
                        "");
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/corrections",
                "{\"incident\":" + withoutRegistrySuspect + ",\"note\":\"nhầm\"}", officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("incident/registry-suspect-kept")));
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/corrections",
                "{\"incident\":" + incident("[{\"kind\":\"HEROIN\",\"grams\":\"0.0001\"}]", "")
                        + ",\"note\":\"x\"}", officer(VUBAN)).andExpect(status().isBadRequest()));
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/corrections",
                "{\"incident\":" + incident(SEIZURES, "") + ",\"note\":\"x\",\"expectedVersion\":1}",
                officer(VUBAN)).andExpect(status().isConflict()));
        rejectedWithoutChange("incidents", id, () -> postJson(BASE + "/" + id + "/outcome",
                "{\"kind\":\"CONVICTED\"}", officer(VUBAN)).andExpect(status().isBadRequest()));
    }
}
