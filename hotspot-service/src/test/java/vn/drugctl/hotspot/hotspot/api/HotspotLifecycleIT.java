package vn.drugctl.hotspot.hotspot.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lifecycle endpoints: each step stored and published; every refusal changes nothing and publishes nothing. */
class HotspotLifecycleIT extends HotspotApiFixtures {

    @Test
    void riskPointEscalatedNeutralisedEradicatedThenRemovedEachStepAnEventInOrder() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        step(id, "escalations", stepBody("ACTIVITY_INCREASED", "2024-02-01"), officer(VUBAN));
        step(id, "neutralisations", stepBody("REGULAR_PATROL_AND_CONTROL", "2024-03-01"), officer(VUBAN));
        JsonNode eradicated = step(id, "eradications", """
                {"reason":"DISMANTLED_BY_ARREST","businessDate":"2024-04-01","incidentIds":["incident-42"],
                 "decisionRefs":["QĐ khởi tố 5/2024"]}""", officer(VUBAN));
        assertThat(eradicated.get("now").get("kind").asString()).isEqualTo("COMPLEX_POINT");
        assertThat(eradicated.get("now").get("escalatedFrom").asString()).isEqualTo("RISK_POINT");
        assertThat(eradicated.get("now").get("status").asString()).isEqualTo("ERADICATED");
        assertThat(eradicated.get("now").get("watched").asBoolean()).isTrue();
        assertThat(eradicated.get("now").get("incidentIds").get(0).asString()).isEqualTo("incident-42");
        JsonNode removed = step(id, "removals", stepBody("NO_LONGER_ACTIVE", "2024-12-01"), officer(VUBAN));
        assertThat(removed.get("now").get("statusLabel").asString()).isEqualTo("Đã thanh loại");
        assertThat(removed.get("version").asLong()).isEqualTo(5);

        List<JsonNode> events = eventsOf(id, 5);
        assertThat(events).extracting(e -> e.get("eventType").asString()).containsExactly("HotspotAdded",
                "HotspotEscalated", "HotspotNeutralised", "HotspotEradicated", "HotspotRemoved");
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(events.get(3).get("payload").get("incidentIds").get(0).asString()).isEqualTo("incident-42");
    }

    @Test
    void aBackDatedRemovalBeforeTheEscalationIs422AndChangesNothing() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        step(id, "escalations", stepBody("ACTIVITY_INCREASED", "2024-03-01"), officer(VUBAN));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/removals",
                stepBody("NO_LONGER_ACTIVE", "2024-02-01"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("guidance-689-2023/step"))
                .andExpect(jsonPath("$.eventType").value("HotspotEscalated")));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/escalations",
                stepBody("ACTIVITY_INCREASED", "2024-04-01"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("guidance-689-2023/kind")));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/reactivations",
                stepBody("ACTIVITY_RESUMED", "2024-04-01"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("guidance-689-2023/step")));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/eradications",
                stepBody("DISMANTLED_BY_ARREST", "2024-04-01"), officer(VUBAN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentIds")));
        assertThat(allEventsOf(id)).hasSize(2);
    }

    @Test
    void badStepBodiesAre400AndChangeNothing() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        for (String path : List.of("escalations", "neutralisations", "removals", "reactivations")) {
            rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/" + path,
                    stepBody("NOT_A_REASON", "2024-02-01"), officer(VUBAN)).andExpect(status().isBadRequest()));
            rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/" + path,
                    stepBody("NO_LONGER_ACTIVE", "2099-02-01"), officer(VUBAN)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("businessDate")));
            rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/" + path, """
                    {"reason":"NO_LONGER_ACTIVE","businessDate":"2024-02-01","documentRef":"QĐ\\u202E1"}""",
                    officer(VUBAN)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("documentRef")));
        }
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/corrections",
                "{\"eventId\":\"x\"}", officer(VUBAN)).andExpect(status().isBadRequest()));
    }

    @Test
    void anotherCommunesIdIs404LikeAnUnknownOneAndTheAttemptIsAudited() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        for (String path : List.of("escalations", "neutralisations", "removals", "reactivations")) {
            rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/" + path,
                    stepBody("NO_LONGER_ACTIVE", "2024-02-01"), officer(TRANGAN)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("No hotspot with id " + id + " in your scope")));
        }
        postJson(HOTSPOTS + "/no-such-id/removals", stepBody("NO_LONGER_ACTIVE", "2024-02-01"), officer(TRANGAN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No hotspot with id no-such-id in your scope"));
        rejectedWithoutChange(COLLECTION, id, () -> getPath(HOTSPOTS + "/" + id, officer(GIASANG))
                .andExpect(status().isNotFound()));
        outboxDrained();
        var denied = newestAuditLines(1).getFirst();
        assertThat(denied.getString("action")).isEqualTo("DENIED");
        assertThat(denied.getString("recordId")).isEqualTo(id);
        assertThat(denied.getString("recordUnitCode")).isEqualTo(VUBAN);
        assertThat(denied.getString("actorUnitCode")).isEqualTo(GIASANG);
    }

    @Test
    void theDistrictAndTheProvinceReadButDoNotWriteAndAPartnerDoesNeither() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        getPath(HOTSPOTS + "/" + id, districtOfficer(BINHLUC)).andExpect(status().isOk());
        getPath(HOTSPOTS + "/" + id, provinceAnalyst(HANAM)).andExpect(status().isOk());
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/neutralisations",
                stepBody("REGULAR_PATROL_AND_CONTROL", "2024-02-01"), districtOfficer(BINHLUC))
                .andExpect(status().isForbidden()));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/neutralisations",
                stepBody("REGULAR_PATROL_AND_CONTROL", "2024-02-01"), provinceAnalyst(HANAM))
                .andExpect(status().isForbidden()));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/neutralisations",
                stepBody("REGULAR_PATROL_AND_CONTROL", "2024-02-01"), provinceAnalyst(THAINGUYEN))
                .andExpect(status().isNotFound()));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/neutralisations",
                stepBody("REGULAR_PATROL_AND_CONTROL", "2024-02-01"), partner()).andExpect(status().isForbidden()));
        rejectedWithoutChange(COLLECTION, id, () -> getPath(HOTSPOTS + "/" + id, partner())
                .andExpect(status().isForbidden()));
    }

    @Test
    void aCorrectionVoidsOrAmendsAnEntryAndIsJudgedAgain() throws Exception {
        String id = createdId(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        JsonNode neutralised = step(id, "neutralisations", stepBody("REGULAR_PATROL_AND_CONTROL", "2024-02-01"),
                officer(VUBAN));
        String entry = neutralised.get("history").get(1).get("eventId").asString();
        step(id, "removals", stepBody("NO_LONGER_ACTIVE", "2024-05-01"), officer(VUBAN));

        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/corrections", """
                {"eventId":"%s","businessDate":"2024-06-01","note":"sai ngày"}""".formatted(entry), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("guidance-689-2023/step")));
        rejectedWithoutChange(COLLECTION, id, () -> postJson(HOTSPOTS + "/" + id + "/corrections", """
                {"eventId":"no-such-entry","voided":true,"note":"x"}""", officer(VUBAN))
                .andExpect(status().isNotFound()));

        JsonNode corrected = step(id, "corrections", """
                {"eventId":"%s","voided":true,"note":"nhập nhầm"}""".formatted(entry), officer(VUBAN));
        assertThat(corrected.get("history").get(1).get("voided").asBoolean()).isTrue();
        assertThat(corrected.get("now").get("status").asString()).isEqualTo("REMOVED");
        JsonNode asOf = body(getPath(HOTSPOTS + "/" + id + "?asOf=2024-03-01", officer(VUBAN))
                .andExpect(status().isOk()));
        assertThat(asOf.get("stateAsOf").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(eventsOf(id, 4).get(3).get("eventType").asString()).isEqualTo("HotspotEntryCorrected");
    }

    @Test
    void detailsChangeAndAStaleVersionIs409() throws Exception {
        JsonNode created = create(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        String id = created.get("id").asString();
        String details = """
                {"details":{"name":"Bãi đất trống ven sông (đổi tên)","address":{"road":"Đường đê sông Châu",
                 "village":"Thôn Đông","unitCode":"HN-BL-VUBAN"},"officerInCharge":"Nguyễn Thị Cán Bộ"},
                 "expectedVersion":%d}""";
        rejectedWithoutChange(COLLECTION, id, () -> putJson(HOTSPOTS + "/" + id + "/details", details.formatted(7),
                officer(VUBAN)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/concurrent-change")));
        rejectedWithoutChange(COLLECTION, id, () -> putJson(HOTSPOTS + "/" + id + "/details",
                details.formatted(1).replace("HN-BL-VUBAN", "HN-BL-TRANGAN"), officer(VUBAN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("address.unitCode")));
        rejectedWithoutChange(COLLECTION, id, () -> putJson(HOTSPOTS + "/" + id + "/details", details.formatted(1),
                officer(TRANGAN)).andExpect(status().isNotFound()));
        var changed = body(putJson(HOTSPOTS + "/" + id + "/details", details.formatted(1), officer(VUBAN))
                .andExpect(status().isOk()));
        assertThat(changed.get("details").get("officerInCharge").asString()).isEqualTo("Nguyễn Thị Cán Bộ");
        assertThat(changed.get("details").get("address").get("coordinates").isNull()).as("details replaced whole").isTrue();
        assertThat(eventsOf(id, 2).get(1).get("payload").get("changedFields").toString())
                .contains("name", "address", "officerInCharge");
    }
}
