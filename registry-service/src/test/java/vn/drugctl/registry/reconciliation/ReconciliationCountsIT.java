package vn.drugctl.registry.reconciliation;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.partner;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/** The registry's side of the reconciliation: counts per list and unit, and each person's position, from its store. */
class ReconciliationCountsIT extends RegistryApiTest {
    static final String PATH = "/api/registry/reconciliation/units/";

    @BeforeEach
    void cleanStore() {
        clean();
    }

    String registered(String unit, String name, String list) throws Exception {
        String onList = list == null ? "" : """
                ,"list":{"list":"%s","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10"}""".formatted(list);
        return register("""
                {"fullName":"%s","sex":"MALE","birthYear":1991,
                 "permanentResidence":{"village":"Thôn Thử","unitCode":"%s"}%s}""".formatted(name, unit, onList),
                communeOfficer(unit)).get("id").asString();
    }

    void change(String unit, String id, String body) throws Exception {
        var response = postJson("/api/registry/persons/" + id + "/list-changes", body, communeOfficer(unit))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
    }

    @Test
    void countsPeoplePerListAndUnitOfTheSubtreeAndGivesEachPersonsLastSequenceWithoutNames() throws Exception {
        String a = registered("HN-BL-VUBAN", "Thử Văn Một", "ADDICT");
        String b = registered("HN-BL-VUBAN", "Thử Văn Hai", "ADDICT");
        String c = registered("HN-BL-VUBAN", "Thử Văn Ba", "SUSPECTED_USER");
        change("HN-BL-VUBAN", c, """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-02-01"}""");
        String d = registered("HN-BL-VUBAN", "Thử Văn Bốn", "SUSPECTED_USER");
        change("HN-BL-VUBAN", d, """
                {"toList":null,"reason":"DIED","businessDate":"2024-02-02"}""");
        String e = registered("HN-BL-TRANGAN", "Thử Văn Năm", "ADDICT");
        String f = registered("HN-BL-TRANGAN", "Thử Văn Sáu", null);
        registered("TN-GIASANG", "Thử Văn Bảy", "ADDICT");

        var result = mvc.perform(get(PATH + "HN-BL").with(districtOfficer("HN-BL"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("HN-BL"))
                .andExpect(jsonPath("$.source").value("registry-service"))
                .andExpect(jsonPath("$.asOf").isNotEmpty());
        JsonNode body = body(result);
        assertThat(counts(body)).containsExactly("HN-BL-TRANGAN L:ADDICT 1", "HN-BL-VUBAN L:ADDICT 2",
                "HN-BL-VUBAN L:ILLEGAL_USER 1");
        // every person of the subtree, on a list or not, with the sequence of its newest event (= its history size)
        assertThat(records(body)).containsExactlyInAnyOrder(
                "person " + a + " 2 HN-BL-VUBAN L:ADDICT", "person " + b + " 2 HN-BL-VUBAN L:ADDICT",
                "person " + c + " 3 HN-BL-VUBAN L:ILLEGAL_USER", "person " + d + " 3 HN-BL-VUBAN null",
                "person " + e + " 2 HN-BL-TRANGAN L:ADDICT", "person " + f + " 1 HN-BL-TRANGAN null");
        for (String id : List.of(a, c, d, f)) {
            long historySize = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons")
                    .getList("history", Document.class).size();
            assertThat(body.get("records").valueStream().filter(r -> r.get("id").asString().equals(id))
                    .findFirst().orElseThrow().get("sequence").asLong()).isEqualTo(historySize);
        }
        // ids and lists only: nobody's name travels
        assertThat(body.toString()).doesNotContain("Thử").doesNotContain("fullName");

        // a commune sees its own unit only; the province sees both provinces' separately
        assertThat(counts(body(mvc.perform(get(PATH + "HN-BL-TRANGAN").with(communeOfficer("HN-BL-TRANGAN")))
                .andExpect(status().isOk())))).containsExactly("HN-BL-TRANGAN L:ADDICT 1");
        assertThat(counts(body(mvc.perform(get(PATH + "HN").with(provinceAnalyst("HN"))).andExpect(status().isOk()))))
                .hasSize(3);
    }

    @Test
    void isAuditedAsOneSearchNamingTheUnit() throws Exception {
        registered("HN-BL-VUBAN", "Thử Văn Tám", "ADDICT");
        auditDelivered();
        long before = auditLines();
        mvc.perform(get(PATH + "HN-BL-VUBAN").with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isOk());
        org.awaitility.Awaitility.await().until(() -> auditLines() == before + 1);
        Document line = newestAuditLine();
        assertThat(line.getString("action")).isEqualTo("SEARCH");
        assertThat(line.toJson()).contains("reconciliation unit=HN-BL-VUBAN");
    }

    @Test
    void anotherTenantsUserIsRefusedAnUnknownUnitIsNotFoundAndAPartnerTokenIsRefused() throws Exception {
        registered("HN-BL-VUBAN", "Thử Văn Chín", "ADDICT");
        mvc.perform(get(PATH + "HN-BL-VUBAN").with(communeOfficer("TN-GIASANG")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(containsString("out-of-scope")));
        mvc.perform(get(PATH + "HN-BL-VUBAN").with(communeOfficer("HN-BL-TRANGAN")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PATH + "HN").with(districtOfficer("HN-BL"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "XX-NOWHERE").with(provinceAnalyst("HN")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(containsString("unknown-unit")));
        mvc.perform(get(PATH + "HN-BL-VUBAN").with(partner("PARTNER-BN"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "HN-BL-VUBAN")).andExpect(status().isUnauthorized());
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
