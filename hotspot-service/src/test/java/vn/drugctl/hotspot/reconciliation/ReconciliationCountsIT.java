package vn.drugctl.hotspot.reconciliation;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * hotspot-service's side of the reconciliation: active hotspots per kind × licensed flag and open surveillance
 * records per kind, per unit, and each record's position, from the service's own records. Every name is made up.
 */
class ReconciliationCountsIT extends HotspotApiTest {
    static final String PATH = "/api/hotspots/reconciliation/units/";
    static final String SURVEILLANCE = "/api/hotspots/surveillance-records";

    @BeforeEach
    void emptyStore() {
        clean();
    }

    String hotspot(String unit, String kind, boolean licensed) throws Exception {
        String business = licensed ? """
                "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke Thử","licenceNumber":"GP-%s-%s"},"""
                .formatted(unit, System.nanoTime()) : "";
        return postExpecting(201, "/api/hotspots", """
                {"kind":"%s","name":"Điểm thử (giả lập)",%s
                 "address":{"road":"Đường thử","village":"Thôn Thử","unitCode":"%s"},
                 "officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10"}""".formatted(kind, business, unit),
                officer(unit)).get("id").asString();
    }

    String surveillance(String unit, String kind) throws Exception {
        return postExpecting(201, SURVEILLANCE, """
                {"kind":"%s","subject":{"type":"PERSON","fullName":"Lê Thị Mẫu","birthYear":1990,
                 "residence":"Thôn 1"},"classification":{"category":"DM1","system":"H1","clazz":"A"},
                 "openedOn":"2024-10-20","reason":"Rà soát mới","documentRef":"QĐ 15"}""".formatted(kind),
                officer(unit)).get("id").asString();
    }

    @Test
    void countsActiveHotspotsAndOpenRecordsPerUnitAndGivesEachRecordsLastSequenceWithoutNames() throws Exception {
        String risk = hotspot(VUBAN, "RISK_POINT", false);
        String cluster = hotspot(VUBAN, "CLUSTER", true);
        String gone = hotspot(VUBAN, "RISK_POINT", false);
        postExpecting(200, "/api/hotspots/" + gone + "/eradications", """
                {"reason":"DISMANTLED_BY_ARREST","businessDate":"2024-03-01","decisionRefs":["QĐ khởi tố 3/2024"]}""", officer(VUBAN));
        String other = hotspot(TRANGAN, "RISK_POINT", false);
        hotspot(GIASANG, "RISK_POINT", false);
        String open = surveillance(VUBAN, "SUU_TRA");
        String closed = surveillance(TRANGAN, "HIEM_NGHI");
        postExpecting(200, SURVEILLANCE + "/" + closed + "/closing",
                "{\"reason\":\"PROSECUTED\",\"businessDate\":\"2024-12-01\",\"documentRef\":\"QĐ 7\"}",
                officer(TRANGAN));

        JsonNode body = body(getPath(PATH + BINHLUC, districtOfficer(BINHLUC)).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value(BINHLUC))
                .andExpect(jsonPath("$.source").value("hotspot-service")));
        assertThat(counts(body)).containsExactlyInAnyOrder("HN-BL-TRANGAN H:RISK_POINT:UNLICENSED 1",
                "HN-BL-VUBAN H:CLUSTER:LICENSED 1", "HN-BL-VUBAN H:RISK_POINT:UNLICENSED 1",
                "HN-BL-VUBAN SV:SUU_TRA 1");
        assertThat(records(body)).containsExactlyInAnyOrder(
                "hotspot " + risk + " 1 HN-BL-VUBAN H:RISK_POINT:UNLICENSED",
                "hotspot " + cluster + " 1 HN-BL-VUBAN H:CLUSTER:LICENSED",
                "hotspot " + gone + " 2 HN-BL-VUBAN null",
                "hotspot " + other + " 1 HN-BL-TRANGAN H:RISK_POINT:UNLICENSED",
                "surveillance " + open + " 1 HN-BL-VUBAN SV:SUU_TRA",
                "surveillance " + closed + " 2 HN-BL-TRANGAN null");
        assertThat(mongo.findOne(Query.query(Criteria.where("_id").is(gone)), Document.class, "hotspots")
                .getList("history", Document.class)).hasSize(2);
        assertThat(body.toString()).doesNotContain("giả lập").doesNotContain("Mẫu").doesNotContain("Thử");

        assertThat(counts(body(getPath(PATH + TRANGAN, officer(TRANGAN)).andExpect(status().isOk()))))
                .containsExactly("HN-BL-TRANGAN H:RISK_POINT:UNLICENSED 1");
    }

    @Test
    void isAuditedAsOneSearchPerRecordType() throws Exception {
        hotspot(VUBAN, "RISK_POINT", false);
        outboxDrained();
        long before = auditLines();
        getPath(PATH + VUBAN, officer(VUBAN)).andExpect(status().isOk());
        await().until(() -> auditLines() == before + 2);
        assertThat(newestAuditLines(2)).extracting(d -> d.getString("action")).containsOnly("SEARCH");
        assertThat(newestAuditLines(2)).extracting(Document::toJson)
                .allMatch(line -> line.contains("reconciliation unit=HN-BL-VUBAN"));
    }

    @Test
    void anotherTenantsUserIsRefusedAnUnknownUnitIsNotFoundAndAPartnerTokenIsRefused() throws Exception {
        hotspot(VUBAN, "RISK_POINT", false);
        getPath(PATH + VUBAN, officer(GIASANG)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(containsString("out-of-scope")));
        getPath(PATH + VUBAN, provinceAnalyst(THAINGUYEN)).andExpect(status().isForbidden());
        getPath(PATH + HANAM, districtOfficer(BINHLUC)).andExpect(status().isForbidden());
        getPath(PATH + "XX-NOWHERE", provinceAnalyst(HANAM)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(containsString("unknown-unit")));
        getPath(PATH + VUBAN, partner()).andExpect(status().isForbidden());
    }

    private static List<String> counts(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("counts").forEach(c -> out.add(c.get("unitCode").asString() + " " + c.get("measure").asString()
                + " " + c.get("count").asLong()));
        return out;
    }

    private static List<String> records(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("records").forEach(r -> out.add(r.get("kind").asString() + " " + r.get("id").asString() + " "
                + r.get("sequence").asLong() + " " + r.get("unitCode").asString() + " "
                + (r.get("stock").isNull() ? "null" : r.get("stock").asString())));
        return out;
    }
}
