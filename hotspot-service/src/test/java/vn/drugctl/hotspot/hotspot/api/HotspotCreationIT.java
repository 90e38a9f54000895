package vn.drugctl.hotspot.hotspot.api;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/hotspots: what is stored, published and audited, and every way a creation is refused with nothing stored. */
class HotspotCreationIT extends HotspotApiFixtures {

    @Test
    void aRiskPointIsStoredPublishedAndAuditedInOneWrite() throws Exception {
        var result = postJson(HOTSPOTS, riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Hotspot-Outcome", "ADDED"))
                .andExpect(jsonPath("$.now.kind").value("RISK_POINT"))
                .andExpect(jsonPath("$.now.kindLabel").value("Điểm có nguy cơ"))
                .andExpect(jsonPath("$.now.status").value("ACTIVE"))
                .andExpect(jsonPath("$.unitPath[1]").value(BINHLUC))
                .andExpect(jsonPath("$.details.address.coordinates.lat").value(20.4912))
                .andExpect(jsonPath("$.history[0].eventType").value("HotspotAdded"))
                .andExpect(jsonPath("$.history[0].event.ruleSet").value("guidance-689-2023"));
        String id = body(result).get("id").asString();
        assertThat(result.andReturn().getResponse().getHeader("Location")).isEqualTo(HOTSPOTS + "/" + id);

        List<JsonNode> events = eventsOf(id, 1);
        assertThat(events.getFirst().get("eventType").asString()).isEqualTo("HotspotAdded");
        assertThat(events.getFirst().get("sequence").asLong()).isEqualTo(1);
        assertThat(events.getFirst().get("unitCode").asString()).isEqualTo(VUBAN);
        assertThat(events.getFirst().get("occurredAt").asString()).isEqualTo("2024-01-09T17:00:00Z");
        assertThat(events.getFirst().get("payload").get("kind").asString()).isEqualTo("RISK_POINT");

        outboxDrained();
        Document audit = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recordId").is(id)), Document.class,
                "audit_log");
        assertThat(audit.getString("action")).isEqualTo("REGISTER");
        assertThat(audit.getString("what")).startsWith("HotspotAdded ");
        assertThat(audit.getString("username")).isEqualTo("officer.hn-bl-vuban");
    }

    @Test
    void aLicensedKaraokeOnCyberspaceAndADealerAreStoredWithTheirParts() throws Exception {
        JsonNode karaoke = create(karaoke(VUBAN, "12/GCN-ANTT", "@anhtrang_demo"), officer(VUBAN));
        assertThat(karaoke.get("details").get("licensedBusiness").get("kind").asString()).isEqualTo("KARAOKE");
        assertThat(karaoke.get("details").get("cyberspace").get("handle").asString()).isEqualTo("@anhtrang_demo");
        assertThat(karaoke.get("details").get("peopleInvolved").get(0).get("fullName").asString())
                .isEqualTo("Lò Văn Mẫu");
        JsonNode dealer = create(dealer(VUBAN), officer(VUBAN));
        assertThat(dealer.get("details").get("dealer").get("residenceUnitCode").asString()).isEqualTo(GIASANG);
        assertThat(dealer.get("now").get("kind").asString()).isEqualTo("RETAIL_DEALER");
    }

    @Test
    void badBodiesAre400NamingTheFieldAndStoreNothing() throws Exception {
        create(riskPoint(VUBAN, "Thôn Đông"), officer(VUBAN));
        String good = riskPoint(VUBAN, "Thôn Tây");
        record Case(String body, String field) {
        }
        List<Case> cases = List.of(
                new Case(good.replace("\"RISK_POINT\"", "\"BIG_POINT\""), null),
                new Case(good.replace("\"lat\":20.4912,\"lon\":106.0114", "\"lat\":13.75,\"lon\":100.5"),
                        "address.coordinates"),
                new Case(good.replace("\"lat\":20.4912,\"lon\":106.0114", "\"lat\":106.0114,\"lon\":20.4912"),
                        "address.coordinates"),
                new Case(good.replace("2024-01-10", "2099-01-01"), "businessDate"),
                new Case(good.replace("Thôn Tây", "Thôn\\u0000Tây"), "address.village"),
                new Case(good.replace("Trần Văn Cán Bộ", "Trần Văn 3"), "officerInCharge"),
                new Case(good.replace("\"kind\":\"RISK_POINT\"", "\"kind\":\"RETAIL_DEALER\""), "dealer"),
                new Case(good.replace("\"unitCode\":\"" + VUBAN + "\"", "\"unitCode\":\"" + BINHLUC + "\""),
                        "address.unitCode"),
                new Case(good.replace("\"unitCode\":\"" + VUBAN + "\"", "\"unitCode\":\"HN-BL-NOWHERE\""),
                        "address.unitCode"),
                new Case(good.replace("\"reason\":\"NEWLY_FOUND_BY_REVIEW\",", ""), "reason"),
                new Case("{\"kind\":", null));
        for (Case c : cases) {
            rejectedWithoutAnyChange(() -> {
                var result = postJson(HOTSPOTS, c.body(), officer(VUBAN)).andExpect(status().isBadRequest());
                if (c.field() != null) {
                    result.andExpect(jsonPath("$.errors[0].field").value(c.field()));
                }
            });
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), COLLECTION)).isEqualTo(1);
    }

    @Test
    void onlyTheCommunesOwnOfficersAddItsPointsAndAPartnerNothing() throws Exception {
        String body = riskPoint(VUBAN, "Thôn Đông");
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, body, officer(TRANGAN)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/out-of-scope")));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, body, districtOfficer(BINHLUC))
                .andExpect(status().isForbidden()));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, body, provinceAnalyst(HANAM))
                .andExpect(status().isForbidden()));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, body, officer(GIASANG)).andExpect(status().isForbidden()));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, body, partner()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("/exchange/**"))));
    }

    @Test
    void anAdditionTheRulesForbidIs422NamingTheRule() throws Exception {
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, riskPoint(VUBAN, "Thôn Đông")
                .replace("NEWLY_FOUND_BY_REVIEW", "DISMANTLED_BY_ARREST"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("guidance-689-2023/reason")));
        rejectedWithoutAnyChange(() -> postJson(HOTSPOTS, riskPoint(VUBAN, "Thôn Đông")
                .replace("2024-01-10", "2010-01-10"), officer(VUBAN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("no-rules-in-force")));
    }
}
