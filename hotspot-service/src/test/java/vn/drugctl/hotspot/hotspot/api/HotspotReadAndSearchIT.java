package vn.drugctl.hotspot.hotspot.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reading a record (with its state on a date), listing and mapping within the caller's scope; all audited. */
class HotspotReadAndSearchIT extends HotspotApiFixtures {

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asString()));
        return names;
    }

    private JsonNode list(String query, org.springframework.test.web.servlet.request.RequestPostProcessor token)
            throws Exception {
        return body(getPath(HOTSPOTS + query, token).andExpect(status().isOk()));
    }

    @Test
    void aRecordReadsWithItsHistoryAndItsStateOnADateAndTheReadIsAudited() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        step(id, "escalations", stepBody("ACTIVITY_INCREASED", "2024-03-01"), officer(VUBAN));
        JsonNode record = body(getPath(HOTSPOTS + "/" + id + "?asOf=2024-02-01&purpose=kiểm tra", officer(VUBAN))
                .andExpect(status().isOk()));
        assertThat(record.get("stateAsOf").get("kind").asString()).isEqualTo("RISK_POINT");
        assertThat(record.get("now").get("kind").asString()).isEqualTo("COMPLEX_POINT");
        assertThat(record.get("history")).hasSize(2);
        var read = newestAuditLines(1).getFirst();
        assertThat(read.getString("action")).isEqualTo("READ");
        assertThat(read.getString("what")).isEqualTo("full record, state as of 2024-02-01");
        assertThat(read.getString("purpose")).isEqualTo("kiểm tra");

        JsonNode before = body(getPath(HOTSPOTS + "/" + id + "?asOf=2024-01-01", officer(VUBAN)));
        assertThat(before.get("stateAsOf").isNull()).isTrue();
        getPath(HOTSPOTS + "/" + id + "?asOf=2099-01-01", officer(VUBAN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        getPath(HOTSPOTS + "/" + id + "?asOf=not-a-date", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(HOTSPOTS + "/bad id!", officer(VUBAN)).andExpect(status().isBadRequest());
    }

    @Test
    void theListFiltersWithinScopeAndEachTenantSeesItsOwnShare() throws Exception {
        createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        createdId(karaoke(VUBAN, "12/GCN-ANTT", "@anhtrang_demo"), officer(VUBAN));
        String dealer = createdId(dealer(TRANGAN), officer(TRANGAN));
        step(dealer, "removals", stepBody("DEALER_MOVED_AWAY", "2024-04-01"), officer(TRANGAN));
        createdId(riskPoint(GIASANG, "Tổ 1"), officer(GIASANG));

        assertThat(list("", officer(VUBAN)).get("total").asLong()).isEqualTo(2);
        assertThat(list("", officer(TRANGAN)).get("total").asLong()).isEqualTo(1);
        assertThat(list("", districtOfficer(BINHLUC)).get("total").asLong()).isEqualTo(3);
        assertThat(list("", provinceAnalyst(HANAM)).get("total").asLong()).isEqualTo(3);
        assertThat(list("", provinceAnalyst(THAINGUYEN)).get("total").asLong()).isEqualTo(1);
        assertThat(list("?unit=" + VUBAN, officer(TRANGAN)).get("total").asLong()).isZero();

        assertThat(names(list("?licensed=KARAOKE", provinceAnalyst(HANAM)))).containsExactly("Karaoke Ánh Trăng (giả lập)");
        assertThat(names(list("?licensed=false&kind=RISK_POINT", provinceAnalyst(HANAM))))
                .containsExactly("Bãi đất trống ven sông (giả lập)");
        assertThat(names(list("?cyberspace=true", districtOfficer(BINHLUC)))).containsExactly("Karaoke Ánh Trăng (giả lập)");
        assertThat(names(list("?status=REMOVED", districtOfficer(BINHLUC)))).containsExactly("Đối tượng Hà Văn Thử (giả lập)");
        assertThat(names(list("?text=HA VAN THU", districtOfficer(BINHLUC)))).hasSize(1);
        assertThat(names(list("?text=tổ 5", districtOfficer(BINHLUC)))).containsExactly("Karaoke Ánh Trăng (giả lập)");
        JsonNode paged = list("?sort=NAME&size=1&page=1", districtOfficer(BINHLUC));
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("total").asLong()).isEqualTo(3);
        assertThat(names(paged)).containsExactly("Đối tượng Hà Văn Thử (giả lập)");
        assertThat(newestAuditLines(1).getFirst().getString("action")).isEqualTo("SEARCH");
        assertThat(newestAuditLines(1).getFirst().getLong("resultCount")).isEqualTo(3);
    }

    @Test
    void badFiltersAre400AndAPartnerIs403() throws Exception {
        getPath(HOTSPOTS + "?kind=BIG", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(HOTSPOTS + "?licensed=CASINO", officer(VUBAN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("licensed"));
        getPath(HOTSPOTS + "?licensed=true&licensed=false", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(HOTSPOTS + "?unit=HN-NOWHERE", officer(VUBAN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        getPath(HOTSPOTS + "?size=1000", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(HOTSPOTS + "?text=...-", officer(VUBAN)).andExpect(status().isBadRequest());
        getPath(HOTSPOTS, partner()).andExpect(status().isForbidden());
        getPath(HOTSPOTS + "/map.geojson", partner()).andExpect(status().isForbidden());
        getPath(HOTSPOTS + "/map.geojson?kind=BIG", officer(VUBAN)).andExpect(status().isBadRequest());
    }

    @Test
    void theMapIsAGeoJsonFeatureCollectionOfThePointsInScopeWithCoordinates() throws Exception {
        String withCoordinates = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        createdId(karaoke(VUBAN, "12/GCN-ANTT", "@anhtrang_demo"), officer(VUBAN)); // no coordinates
        createdId(riskPoint(TRANGAN, "Thôn Nam"), officer(TRANGAN));

        JsonNode map = body(getPath(HOTSPOTS + "/map.geojson", officer(VUBAN)).andExpect(status().isOk()));
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.get("features")).hasSize(1);
        JsonNode feature = map.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(106.0114);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(20.4912);
        assertThat(feature.get("properties").get("id").asString()).isEqualTo(withCoordinates);
        assertThat(feature.get("properties").get("kind").asString()).isEqualTo("RISK_POINT");
        assertThat(feature.get("properties").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(feature.get("properties").get("unit").asString()).isEqualTo(VUBAN);
        assertThat(feature.get("properties").get("name").asString()).isEqualTo("Bãi đất trống ven sông (giả lập)");

        assertThat(body(getPath(HOTSPOTS + "/map.geojson", districtOfficer(BINHLUC))).get("features")).hasSize(2);
        assertThat(body(getPath(HOTSPOTS + "/map.geojson", officer(GIASANG))).get("features")).isEmpty();
        assertThat(newestAuditLines(1).getFirst().getString("what")).startsWith("map of hotspots");
    }

    @Test
    void supervisorsReadAHotspotsAuditTrailAndAnOfficerMayNot() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        getPath(HOTSPOTS + "/" + id, officer(VUBAN)).andExpect(status().isOk());
        outboxDrained();
        JsonNode trail = body(getPath(HOTSPOTS + "/audit/hotspots/" + id, districtOfficer(BINHLUC))
                .andExpect(status().isOk()));
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(i -> actions.add(i.get("action").asString()));
        assertThat(actions).contains("REGISTER", "READ");
        getPath(HOTSPOTS + "/audit/hotspots/" + id, officer(VUBAN)).andExpect(status().isForbidden());
        JsonNode elsewhere = body(getPath(HOTSPOTS + "/audit/hotspots/" + id, provinceAnalyst(THAINGUYEN))
                .andExpect(status().isOk()));
        assertThat(elsewhere.get("items")).isEmpty();
    }
}
