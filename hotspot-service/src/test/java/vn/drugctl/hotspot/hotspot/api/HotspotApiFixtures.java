package vn.drugctl.hotspot.hotspot.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.drugctl.hotspot.testing.HotspotApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic hotspot bodies and calls shared by the hotspot API tests. Every name and place is made up. */
abstract class HotspotApiFixtures extends HotspotApiTest {
    static final String HOTSPOTS = "/api/hotspots";
    static final String COLLECTION = "hotspots";

    @BeforeEach
    void emptyStore() {
        clean();
    }

    /** A risk point in a commune, with coordinates. */
    static String riskPoint(String commune, String village) {
        return """
                {"kind":"RISK_POINT","name":"Bãi đất trống ven sông (giả lập)",
                 "address":{"road":"Đường đê sông Châu","village":"%s","unitCode":"%s",
                            "coordinates":{"lat":20.4912,"lon":106.0114}},
                 "evidenceNotes":"Nhiều người lạ tụ tập ban đêm","officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10","documentRef":"BC 01/CAX"}"""
                .formatted(village, commune);
    }

    /** A cluster in a licensed karaoke, also operating on Telegram. */
    static String karaoke(String commune, String licence, String handle) {
        return """
                {"kind":"CLUSTER","name":"Karaoke Ánh Trăng (giả lập)",
                 "address":{"road":"Đường ĐT 491","village":"Tổ 5","unitCode":"%s"},
                 "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke Ánh Trăng","licenceNumber":"%s"},
                 "cyberspace":{"platform":"Telegram","handle":"%s"},
                 "peopleInvolved":[{"fullName":"Lò Văn Mẫu","birthYear":1994,"role":"chủ quán"}],
                 "officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"REPORTED_BY_PUBLIC","businessDate":"2024-02-01"}""".formatted(commune, licence, handle);
    }

    /** A retail dealer known by name, birth year and residence. */
    static String dealer(String commune) {
        return """
                {"kind":"RETAIL_DEALER","name":"Đối tượng Hà Văn Thử (giả lập)",
                 "address":{"village":"Xóm Trại","unitCode":"%s"},
                 "dealer":{"fullName":"Hà Văn Thử","birthYear":1991,"residenceVillage":"Xóm Trại",
                           "residenceUnitCode":"TN-GIASANG"},
                 "officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"FOUND_BY_INVESTIGATION","businessDate":"2024-03-01"}""".formatted(commune);
    }

    JsonNode create(String body, RequestPostProcessor token) throws Exception {
        var response = postJson(HOTSPOTS, body, token).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    String createdId(String body, RequestPostProcessor token) throws Exception {
        return create(body, token).get("id").asString();
    }

    JsonNode step(String id, String path, String body, RequestPostProcessor token) throws Exception {
        return postExpecting(200, HOTSPOTS + "/" + id + "/" + path, body, token);
    }

    static String stepBody(String reason, String date) {
        return """
                {"reason":"%s","businessDate":"%s","documentRef":"QĐ %s"}""".formatted(reason, date, date);
    }
}
