package vn.drugctl.hotspot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.drugctl.common.testing.InProcessMongo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.user;

@SpringBootTest
@AutoConfigureMockMvc
class HotspotServiceIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_it"));
    }

    @Autowired
    MockMvc mvc;

    @Test
    void meReturnsTheCallersScopeUnderTheHotspotsPath() throws Exception {
        mvc.perform(get("/api/hotspots/me").with(communeOfficer("TN-GIASANG")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Phường Gia Sàng"))
                .andExpect(jsonPath("$.unitPath.length()").value(2))
                .andExpect(jsonPath("$.capture[0]").value("TN-GIASANG"));
    }

    @Test
    void partnerProvinceTokenIsForbiddenHereItIsForTheExchangeApiOnly() throws Exception {
        mvc.perform(get("/api/hotspots/me").with(user("partner", "PARTNER-BN", "EXCHANGE_PARTNER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/forbidden"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/exchange/**")));
    }

    @Test
    void noTokenIs401AndTheApiPortServesNoActuator() throws Exception {
        mvc.perform(get("/api/hotspots/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthenticated"));
        // probes and metrics are on the management port (HotspotEdgeIT)
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"));
    }
}
