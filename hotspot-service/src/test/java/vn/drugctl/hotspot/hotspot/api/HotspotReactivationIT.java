package vn.drugctl.hotspot.hotspot.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A watched point (neutralised or eradicated) is recognised when a new report names its licence, its address or its
 * online handle: the officer sees the match (as far as their view allows) and reactivates it or overrules it.
 */
class HotspotReactivationIT extends HotspotApiFixtures {

    private String eradicatedKaraoke(String commune) throws Exception {
        String id = createdId(karaoke(commune, "12/GCN-ANTT", "@anhtrang_demo"), officer(commune));
        step(id, "eradications", """
                {"reason":"DISMANTLED_BY_ARREST","businessDate":"2024-05-01","incidentIds":["incident-1"]}""",
                officer(commune));
        return id;
    }

    @Test
    void aNewReportAtTheSameLicenceIs409ShowingTheMatchAndStoringNothing() throws Exception {
        String old = eradicatedKaraoke(VUBAN);
        String report = karaoke(VUBAN, "12 gcn antt", "@other_handle").replace("Tổ 5", "Tổ 9")
                .replace("2024-02-01", "2025-01-10");
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, report, officer(VUBAN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/watched-point-match"))
                .andExpect(jsonPath("$.matches[0].id").value(old))
                .andExpect(jsonPath("$.matches[0].status").value("ERADICATED"))
                .andExpect(jsonPath("$.matches[0].matchedOn[0]").value("LICENCE")));
        outboxDrained();
        assertThat(newestAuditLines(1).getFirst().getString("action")).isEqualTo("DISCLOSE");
    }

    @Test
    void aMatchOutsideTheCallersViewIsShownOnlyAsTheUnitManagingIt() throws Exception {
        String old = eradicatedKaraoke(TRANGAN);
        // same online handle, reported in another commune of the province
        String report = karaoke(VUBAN, "99/GCN-ANTT", "anhtrang_demo").replace("2024-02-01", "2025-01-10");
        var body = body(postJson(HOTSPOTS, report, officer(VUBAN)).andExpect(status().isConflict()));
        JsonNode match = body.get("matches").get(0);
        assertThat(match.get("shown").asString()).isEqualTo("watched point managed by unit HN-BL-TRANGAN (Xã Tràng An)");
        assertThat(match.has("name")).isFalse();
        assertThat(match.has("address")).isFalse();
        assertThat(match.get("id").asString()).isEqualTo(old);
        // another province never matches
        String elsewhere = karaoke(GIASANG, "12/GCN-ANTT", "@anhtrang_demo").replace("2024-02-01", "2025-01-10");
        create(elsewhere, officer(GIASANG));
    }

    @Test
    void reactivatingTheMatchRecordsItOnTheOldPointWhichIsActiveAgain() throws Exception {
        String old = eradicatedKaraoke(VUBAN);
        String report = karaoke(VUBAN, "12/GCN-ANTT", "@anhtrang_demo").replace("2024-02-01", "2025-01-10")
                .replace("\"businessDate\"", "\"reactivate\":\"" + old + "\",\"businessDate\"");
        long points = mongo.count(new org.springframework.data.mongodb.core.query.Query(), COLLECTION);
        JsonNode record = body(postJson(HOTSPOTS, report, officer(VUBAN)).andExpect(status().isOk())
                .andExpect(header().string("Hotspot-Outcome", "REACTIVATED")));
        assertThat(record.get("id").asString()).isEqualTo(old);
        assertThat(record.get("now").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(record.get("now").get("reactivations").asInt()).isEqualTo(1);
        JsonNode entry = record.get("history").get(2);
        assertThat(entry.get("eventType").asString()).isEqualTo("HotspotReactivated");
        assertThat(entry.get("event").get("reason").asString()).isEqualTo("NEW_REPORT_AT_SAME_PLACE");
        assertThat(entry.get("event").get("matchedOn").toString()).contains("LICENCE", "ADDRESS", "ONLINE_HANDLE");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), COLLECTION)).isEqualTo(points);
        assertThat(eventsOf(old, 3).get(2).get("eventType").asString()).isEqualTo("HotspotReactivated");
    }

    @Test
    void overrulingTheMatchAddsANewPointRecordingTheOverruleAndItsReason() throws Exception {
        String old = eradicatedKaraoke(VUBAN);
        String report = karaoke(VUBAN, "12/GCN-ANTT", "@new_owner").replace("2024-02-01", "2025-01-10")
                .replace("\"businessDate\"", "\"overrule\":{\"matchedId\":\"" + old
                        + "\",\"reason\":\"Chủ mới, kinh doanh khác hẳn\"},\"businessDate\"");
        JsonNode created = create(report, officer(VUBAN));
        assertThat(created.get("id").asString()).isNotEqualTo(old);
        assertThat(created.get("now").get("overruledMatch").get("matchedId").asString()).isEqualTo(old);
        outboxDrained();
        var audit = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recordId").is(created.get("id").asString())
                        .and("action").is("REGISTER")), org.bson.Document.class, "audit_log");
        assertThat(audit.getString("what")).contains("overruled watched point " + old + ": Chủ mới, kinh doanh khác hẳn");
    }

    @Test
    void namingAPointThatIsNoMatchIs422AndAnOverruleWithoutReasonIs400() throws Exception {
        String old = eradicatedKaraoke(VUBAN);
        String unrelated = createdId(riskPoint(VUBAN, "Thôn Bắc"), officer(VUBAN));
        String report = karaoke(VUBAN, "12/GCN-ANTT", "@anhtrang_demo").replace("2024-02-01", "2025-01-10");
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, report.replace("\"businessDate\"",
                "\"reactivate\":\"" + unrelated + "\",\"businessDate\""), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("watched-point/not-a-match")));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, report.replace("\"businessDate\"",
                "\"overrule\":{\"matchedId\":\"" + old + "\"},\"businessDate\""), officer(VUBAN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("overrule.reason")));
    }

    @Test
    void theExplicitReactivationStepBringsAWatchedPointBackAndIsRefusedBefore689() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông").replace("2024-01-10", "2021-01-10"), officer(VUBAN));
        step(id, "neutralisations", stepBody("REGULAR_PATROL_AND_CONTROL", "2021-06-01"), officer(VUBAN));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/reactivations",
                stepBody("ACTIVITY_RESUMED", "2022-06-01"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("before-689/step")));
        JsonNode back = step(id, "reactivations", stepBody("ACTIVITY_RESUMED", "2024-06-01"), officer(VUBAN));
        assertThat(back.get("now").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(back.get("history").get(2).get("event").get("matchedOn")).isEmpty();
        List<JsonNode> events = eventsOf(id, 3);
        assertThat(events.get(2).get("eventType").asString()).isEqualTo("HotspotReactivated");
    }
}
