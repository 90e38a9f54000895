package vn.drugctl.registry.person;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/**
 * Every endpoint that changes a person, tried as a user of another tenant, as a supervisor who may read but not
 * write, on a person who does not exist, with a bad body and with a stale version: each answers its 4xx problem and
 * nothing stored changes.
 */
class PersonChangeEndpointsIT extends RegistryApiTest {
    record Endpoint(String path, String validBody, String badBody, String badField) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("list-changes", """
                        {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2025-03-01"}""", """
                        {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"01/03/2025"}""", "businessDate"),
                new Endpoint("flags", """
                        {"flag":"METHADONE","set":true,"reason":"ENROLLED_IN_TREATMENT","businessDate":"2025-03-01"}""", """
                        {"flag":"COFFEE","set":true,"reason":"ENROLLED_IN_TREATMENT","businessDate":"2025-03-01"}""", "flag"),
                new Endpoint("addict-location", """
                        {"location":"VOLUNTARY_REHAB","businessDate":"2025-03-01"}""", """
                        {"businessDate":"2025-03-01"}""", "location"),
                new Endpoint("corrections", """
                        {"eventId":"e-1","voided":true,"note":"sai"}""", """
                        {"eventId":"e-1","voided":true}""", "note"),
                new Endpoint("moved-away", """
                        {"businessDate":"2025-03-01"}""", """
                        {"businessDate":"2025-03-01","reportedDestination":{"unitCode":"not a unit"}}""",
                        "reportedDestination.unitCode"),
                new Endpoint("moved-away/verification", """
                        {"businessDate":"2025-03-01","askedWho":"trưởng thôn"}""", """
                        {"businessDate":"2025-03-01","askedWho":" "}""", "askedWho"),
                new Endpoint("returned", """
                        {"businessDate":"2025-03-01"}""", """
                        {}""", "businessDate"),
                new Endpoint("drug-tests", """
                        {"summonsDate":"2025-03-01","testDate":"2025-03-01","sample":"URINE","result":"NEGATIVE"}""", """
                        {"summonsDate":"2025-03-01","testDate":"2025-03-01","sample":"URINE","result":"MAYBE"}""", "result"),
                new Endpoint("sanctions", """
                        {"issued":true,"decisionNumber":"12/QĐ-XPHC","decidedOn":"2025-03-01"}""", """
                        {"issued":true,"decisionNumber":"12/QĐ-XPHC"}""", "decidedOn"),
                new Endpoint("rehab-dossiers", """
                        {"businessDate":"2025-03-01"}""", """
                        {"businessDate":"2025-03-01","expectedVersion":-1}""", "expectedVersion"),
                new Endpoint("rehab-dossiers/d-1/stages", """
                        {"stage":"COURT_DECIDED","businessDate":"2025-03-01"}""", """
                        {"stage":"COURT_DECIDED"}""", "businessDate"));
    }

    String id;

    @BeforeEach
    void anAddictOfVuBan() throws Exception {
        clean();
        JsonNode person = register("""
                {"fullName":"Khổng Văn Định","sex":"MALE","birthYear":1985,
                 "permanentResidence":{"village":"Thôn Nội","unitCode":"HN-BL-VUBAN"},
                 "list":{"list":"ADDICT","reason":"ADDICTION_DETERMINED","businessDate":"2024-06-01"}}""",
                communeOfficer("HN-BL-VUBAN"));
        id = person.get("id").asString();
    }

    String path(Endpoint endpoint) {
        return "/api/registry/persons/" + id + "/" + endpoint.path();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherCommuneGets404AsForAnUnknownIdAndTheAttemptIsAuditedForTheRecordsUnit(Endpoint endpoint)
            throws Exception {
        rejectedWithoutChange(id, () -> postJson(path(endpoint), endpoint.validBody(), communeOfficer("HN-BL-ANDO"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No person with id " + id + " in your scope")));
        Document denied = newestAuditLine();
        assertThat(denied.getString("action")).isEqualTo("DENIED");
        assertThat(denied.getString("username")).isEqualTo("officer.hn-bl-ando");
        assertThat(denied.getString("recordType")).isEqualTo("person");
        assertThat(denied.getString("recordId")).isEqualTo(id);
        // the record's own unit sees who tried, although the caller was told nothing
        assertThat(denied.getString("recordUnitCode")).isEqualTo("HN-BL-VUBAN");

        rejectedWithoutChange(id, () -> postJson(path(endpoint), endpoint.validBody(), provinceAnalyst("TN"))
                .andExpect(status().isNotFound()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theDistrictAndTheProvinceReadButDoNotWriteACommunesRecord(Endpoint endpoint) throws Exception {
        rejectedWithoutChange(id, () -> postJson(path(endpoint), endpoint.validBody(), districtOfficer("HN-BL"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("HN-BL-VUBAN"))));
        rejectedWithoutChange(id, () -> postJson(path(endpoint), endpoint.validBody(), provinceAnalyst("HN"))
                .andExpect(status().isForbidden()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void badInputIs400NamingTheFieldAndChangesNothing(Endpoint endpoint) throws Exception {
        rejectedWithoutChange(id, () -> postJson(path(endpoint), endpoint.badBody(), communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(endpoint.badField()))));
        rejectedWithoutChange(id, () -> postJson(path(endpoint), "{not json", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUnknownPersonIs404AndTheAttemptIsAudited(Endpoint endpoint) throws Exception {
        postJson("/api/registry/persons/no-such-person/" + endpoint.path(), endpoint.validBody(),
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No person with id no-such-person in your scope"));
        Document denied = newestAuditLine();
        assertThat(denied.getString("action")).isEqualTo("DENIED");
        assertThat(denied.getString("recordId")).isEqualTo("no-such-person");
        assertThat(denied.getString("recordUnitCode")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aStaleExpectedVersionIs409AndChangesNothing(Endpoint endpoint) throws Exception {
        String stale = endpoint.validBody().replaceFirst("\\{", "{\"expectedVersion\":7,");
        rejectedWithoutChange(id, () -> postJson(path(endpoint), stale, communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/concurrent-change"))
                .andExpect(jsonPath("$.currentVersion").value(1)));
        // the request touched the record and changed nothing: that is audited too, with why
        Document refused = newestAuditLine();
        assertThat(refused.getString("action")).isEqualTo("NO_CHANGE");
        assertThat(refused.getString("recordId")).isEqualTo(id);
        assertThat(refused.getString("what")).startsWith("change refused").contains("changed meanwhile");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenIs401(Endpoint endpoint) throws Exception {
        rejectedWithoutChange(id, () -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(path(endpoint)).contentType("application/json").content(endpoint.validBody()))
                .andExpect(status().isUnauthorized()));
    }
}
