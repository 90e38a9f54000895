package vn.drugctl.hotspot.testing;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The test base itself: its tokens map to the scopes the tests rely on, and its "nothing changed" checks bite. */
class HotspotApiTestIT extends HotspotApiTest {

    @Test
    void tokensGiveTheScopesTheTestsRelyOn() throws Exception {
        getPath("/api/hotspots/me", officer(VUBAN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.capture[0]").value(VUBAN));
        getPath("/api/hotspots/me", districtOfficer(BINHLUC)).andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value(BINHLUC));
        getPath("/api/hotspots/me", provinceAnalyst(HANAM)).andExpect(status().isOk())
                .andExpect(jsonPath("$.capture.length()").value(0));
        getPath("/api/hotspots/me", partner()).andExpect(status().isForbidden());
    }

    @Test
    void rejectedWithoutChangeFailsWhenTheRecordChanged() {
        clean();
        mongo.insert(new Document("_id", "r1").append("version", 1), "scratch");
        assertThatThrownBy(() -> rejectedWithoutChange("scratch", "r1", () -> mongo.save(
                new Document("_id", "r1").append("version", 2), "scratch"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> rejectedWithoutAnyChange(() -> mongo.insert(new Document("_id", "r2"), "scratch")))
                .isInstanceOf(AssertionError.class);
        assertThat(everythingStored().get("scratch")).hasSize(2);
        clean();
    }
}
