package vn.drugctl.hotspot.surveillance.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surveillance record API over HTTP with the real MongoDB-wire server and Kafka: open, read (history, asOf), list
 * and filter, reclassify, close, correct, counts; bad input 400 naming the field, 404 for another unit's id, 403 for
 * a partner or a caller who captures nothing, 422 for the dated rules; every rejection changes nothing stored.
 */
class SurveillanceRecordApiIT extends HotspotApiTest {
    static final String BASE = "/api/hotspots/surveillance-records";

    @BeforeEach
    void empty() {
        clean();
    }

    static String profile(String category, String system, String clazz, String openedOn) {
        return """
                {"kind":"SUU_TRA","subject":{"type":"PERSON","fullName":"Lê Thị Mẫu","birthYear":1990,
                 "residence":"Thôn 1"},"classification":{"category":"%s","system":"%s","clazz":"%s"},
                 "openedOn":"%s","reason":"Rà soát mới","documentRef":"QĐ 15"}""".formatted(category, system, clazz,
                openedOn);
    }

    String open(String body) throws Exception {
        return postExpecting(201, BASE, body, officer(VUBAN)).get("id").asString();
    }

    @Test
    void aProfileIsOpenedReclassifiedClosedAndReadAsOfAnyDateWithItsEvents() throws Exception {
        String id = open(profile("DM1", "H2", "A", "2024-10-01"));
        postExpecting(200, BASE + "/" + id + "/reclassifications", """
                {"classification":{"category":"DM3","system":"H2","clazz":"B"},"businessDate":"2024-11-01",
                 "reason":"Đánh giá lại","expectedVersion":1}""", officer(VUBAN));
        JsonNode closed = postExpecting(200, BASE + "/" + id + "/closing",
                "{\"reason\":\"PROSECUTED\",\"businessDate\":\"2024-12-01\",\"documentRef\":\"QĐ 7\"}",
                officer(VUBAN));
        assertThat(closed.get("state").get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("state").get("closingReasonLabel").asString()).isEqualTo("Đã khởi tố");

        getPath(BASE + "/" + id + "?asOf=2024-11-15", districtOfficer(BINHLUC)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stateAsOf.status").value("OPEN"))
                .andExpect(jsonPath("$.stateAsOf.classification.category").value("DM3"))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.kindLabel").value("Sưu tra"));

        assertThat(allEventsOf(id)).extracting(e -> e.get("eventType").asString()).containsExactly(
                "SurveillanceRecordOpened", "SurveillanceRecordReclassified", "SurveillanceRecordClosed");
    }

    @Test
    void recordsAreFilteredAndCountedOnADateAndOverAPeriodWithinTheCallersView() throws Exception {
        open(profile("DM1", "H2", "A", "2024-09-01"));
        String moved = open(profile("DM1", "H3", "A", "2024-09-01"));
        open(profile("DM3", "H2", "B", "2024-10-20"));
        postExpecting(200, BASE + "/" + moved + "/closing",
                "{\"reason\":\"MOVED_AWAY\",\"businessDate\":\"2024-11-01\"}", officer(VUBAN));
        postExpecting(201, BASE, """
                {"kind":"HIEM_NGHI_CYBERSPACE","subject":{"type":"PERSON","fullName":"Đỗ Văn Thử",
                 "onlineAccount":"Zalo nhóm X"},"openedOn":"2024-11-10","reason":"Phát hiện trên mạng"}""",
                officer(VUBAN));

        getPath(BASE + "?kind=SUU_TRA&status=OPEN&category=DM1", districtOfficer(BINHLUC))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        getPath(BASE + "?kind=SUU_TRA", officer(TRANGAN)).andExpect(jsonPath("$.total").value(0));
        getPath(BASE + "?unit=" + VUBAN, provinceAnalyst(THAINGUYEN)).andExpect(jsonPath("$.total").value(0));

        JsonNode counts = body(getPath(BASE + "/counts?asOf=2024-12-06&from=2024-10-15", provinceAnalyst(HANAM))
                .andExpect(status().isOk()));
        JsonNode suuTra = counts.get("open").get("SUU_TRA");
        assertThat(suuTra.get("total").asLong()).isEqualTo(2);
        assertThat(suuTra.get("byCategory").get("DM1").asLong()).isEqualTo(1);
        assertThat(suuTra.get("byCategory").get("DM3").asLong()).isEqualTo(1);
        assertThat(counts.get("baseline").get("SUU_TRA").get("total").asLong()).isEqualTo(2);
        assertThat(counts.get("opened").get("SUU_TRA").get("total").asLong()).isEqualTo(1);
        assertThat(counts.get("opened").get("SUU_TRA").get("byClass").get("B").asLong()).isEqualTo(1);
        assertThat(counts.get("closed").get("SUU_TRA").get("byReason").get("MOVED_AWAY").asLong()).isEqualTo(1);
        assertThat(counts.get("closed").get("SUU_TRA").get("bySystem").get("H3").asLong()).isEqualTo(1);
        assertThat(counts.get("open").get("HIEM_NGHI_CYBERSPACE").get("total").asLong()).isEqualTo(1);

        JsonNode elsewhere = body(getPath(BASE + "/counts?asOf=2024-12-06", officer(TRANGAN)));
        assertThat(elsewhere.get("open").isEmpty()).isTrue();
        getPath(BASE + "/counts?asOf=2999-01-01", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(BASE + "/counts", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(BASE + "/counts?asOf=2024-12-06", partner()).andExpect(status().isForbidden());
        getPath(BASE + "?kind=SOMETHING", officer(VUBAN)).andExpect(status().isBadRequest());
    }

    @Test
    void badInputIs400NamingTheFieldAndStoresNothing() throws Exception {
        open(profile("DM1", "H2", "A", "2024-10-01"));
        for (String[] bad : new String[][]{
                {profile("DM1", "H2", "A", "2999-01-01"), "openedOn"},
                {profile("DM4", "H2", "A", "2024-10-01"), "category"},
                {profile("DM1", "H11", "A", "2024-10-01"), "system"},
                {profile("DM1", "H2", "A", "2024-10-01").replace("Lê Thị Mẫu", "Lê\\u0007Mẫu"), "subject.fullName"},
                {profile("DM1", "H2", "A", "2024-10-01").replace("\"reason\":\"Rà soát mới\",", ""), "reason"},
                {profile("DM1", "H2", "A", "2024-10-01").replace("\"clazz\":\"A\"", "\"clazz\":null"),
                        "classification.clazz"},
        }) {
            rejectedWithoutAnyChange(() -> postJson(BASE, bad[0], officer(VUBAN)).andExpect(status().isBadRequest())
                    .andExpect(r -> assertThat(r.getResponse().getContentAsString()).as(bad[1]).contains(bad[1])));
        }
        rejectedWithoutAnyChange(() -> postJson(BASE, profile("DM1", "H2", "A", "2024-10-01")
                .replace("\"classification\":{\"category\":\"DM1\",\"system\":\"H2\",\"clazz\":\"A\"},", ""),
                officer(VUBAN)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("surveillance-2015/classification-required")));
        rejectedWithoutAnyChange(() -> postJson(BASE, profile("DM1", "H2", "A", "2024-10-01"),
                provinceAnalyst(HANAM)).andExpect(status().isForbidden()));
        rejectedWithoutAnyChange(() -> postJson(BASE, profile("DM1", "H2", "A", "2024-10-01"), partner())
                .andExpect(status().isForbidden()));
    }

    @Test
    void stepsOnAnotherUnitsRecordAre404AndRuleBreachesAre422AndNothingChanges() throws Exception {
        String id = open(profile("DM1", "H2", "A", "2024-10-01"));
        String close = "{\"reason\":\"DIED\",\"businessDate\":\"2024-11-01\"}";
        for (var other : List.of(officer(TRANGAN), officer(GIASANG), provinceAnalyst(THAINGUYEN))) {
            getPath(BASE + "/" + id, other).andExpect(status().isNotFound());
            rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing", close,
                    other).andExpect(status().isNotFound()));
            rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id
                    + "/reclassifications", "{\"classification\":{\"category\":\"DM2\",\"system\":\"H2\","
                    + "\"clazz\":\"A\"},\"businessDate\":\"2024-11-01\",\"reason\":\"x\"}", other)
                    .andExpect(status().isNotFound()));
        }
        getPath(BASE + "/nope", officer(VUBAN)).andExpect(status().isNotFound());
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing", close,
                districtOfficer(BINHLUC)).andExpect(status().isForbidden()));
        rejectedWithoutChange("surveillance_records", id, () -> getPath(BASE + "/" + id, partner())
                .andExpect(status().isForbidden()));
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing",
                "{\"reason\":\"DIED\",\"businessDate\":\"2024-09-01\"}", officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("surveillance/not-open")));
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing",
                "{\"reason\":\"CASE_CONCLUDED\",\"businessDate\":\"2024-11-01\"}", officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("surveillance-2015/closing-reason")));
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing",
                "{\"reason\":\"DIED\",\"businessDate\":\"2999-01-01\"}", officer(VUBAN))
                .andExpect(status().isBadRequest()));
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/closing",
                "{\"reason\":\"DIED\",\"businessDate\":\"2024-11-01\",\"expectedVersion\":7}", officer(VUBAN))
                .andExpect(status().isConflict()));
        rejectedWithoutChange("surveillance_records", id, () -> postJson(BASE + "/" + id + "/corrections",
                "{\"eventId\":\"nope\",\"voided\":true,\"note\":\"x\"}", officer(VUBAN))
                .andExpect(status().isNotFound()));
    }

    @Test
    void aWronglyEnteredClosingIsVoidedAndTheRecordIsOpenAgain() throws Exception {
        String id = open(profile("DM1", "H2", "A", "2024-10-01"));
        JsonNode closed = postExpecting(200, BASE + "/" + id + "/closing",
                "{\"reason\":\"DIED\",\"businessDate\":\"2024-11-01\"}", officer(VUBAN));
        String closingId = closed.get("history").get(1).get("eventId").asString();
        JsonNode reopened = postExpecting(200, BASE + "/" + id + "/corrections",
                "{\"eventId\":\"" + closingId + "\",\"voided\":true,\"note\":\"Nhầm đối tượng\"}", officer(VUBAN));
        assertThat(reopened.get("state").get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("history").get(2).get("eventType").asString()).isEqualTo("SurveillanceEntryCorrected");
    }
}
