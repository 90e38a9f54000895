package vn.drugctl.registry.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.person.domain.PersonName;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;

/**
 * Names and free texts through the API: one rule for names, the same as the survey import's, and no control
 * character stored anywhere. A refusal is 400 naming the field as sent, and nothing is stored.
 */
class PersonTextInputIT extends RegistryApiTest {
    static final String PERSONS = "/api/registry/persons";

    /** Names the rule refuses, each with a hidden or forbidden character (JSON-escaped where invisible). */
    static final List<String> BAD_NAMES = List.of("Nguyễn\u0000Văn", "Nguyễn\tVăn", "Nguyễn Văn\n",
            "Nguyễn\u200BVăn", "Nguyễn \u202EnăV", "Nguyễn Văn 3", "Tòng Văn Sơn, Sơn gầy", "A");
    /** Names the rule accepts, as typed, and as stored. */
    static final List<String> GOOD_NAMES = List.of(Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD),
            "  Lò \u00A0Văn  Páo ", "H\u2019Hen Niê", "Y-Moan Ê.");

    @BeforeEach
    void cleanStore() {
        clean();
        mongo.remove(new Query(), "survey_imports");
    }

    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(c -> json.append(c < 0x20 || c == '"' || c == '\\' || (c >= 0x200B && c <= 0x202E)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return json.append('"').toString();
    }

    String person(String fullName, int birthYear, String extra) {
        return """
                {"fullName":%s,"sex":"MALE","birthYear":%d,
                 "permanentResidence":{"village":"Thôn Đồng","unitCode":"HN-BL-VUBAN"}%s}"""
                .formatted(jsonString(fullName), birthYear, extra);
    }

    @Test
    void aNameWithANulOrAnotherHiddenCharacterIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        for (String name : BAD_NAMES) {
            postJson(PERSONS, person(name, 1990, ""), communeOfficer("HN-BL-VUBAN"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                    .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(PersonName.problem(name, PersonName.Kind.FULL_NAME).orElseThrow()))
                    .andExpect(jsonPath("$.correlationId").exists());
        }
        postJson(PERSONS, person("Lê Văn Tám", 1990, ",\"aliases\":[\"Tèo\",\"Béo\",\"Tí\\u202e\"]"),
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aliases[2]"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("U+202E")));

        assertThat(mongo.count(new Query(), "persons")).isZero();
        assertThat(auditLines()).isZero();
    }

    @Test
    void changingDetailsToABadNameOrAliasIsRefusedNamingTheNestedFieldAndChangesNothing() throws Exception {
        String id = register(person("Hứa Văn Kiên", 1990, ""), communeOfficer("HN-BL-VUBAN")).get("id").asString();

        rejectedWithoutChange(id, () -> putJson(PERSONS + "/" + id + "/details", """
                {"details":{"fullName":"Hứa Văn\\u0000 Kiên","sex":"MALE","birthYear":1990}}""",
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.fullName"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("U+0000"))));
        rejectedWithoutChange(id, () -> putJson(PERSONS + "/" + id + "/details", """
                {"details":{"fullName":"Hứa Văn Kiên","aliases":["Kiên còi","Kiên","Kiên\\u2066x"],"sex":"MALE",
                 "birthYear":1990}}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.aliases[2]")));
        rejectedWithoutChange(id, () -> putJson(PERSONS + "/" + id + "/details", """
                {"details":{"fullName":"Hứa Văn Kiên","aliases":["a","b","c","d","e","f","g","h","i","j","k"],
                 "sex":"MALE","birthYear":1990}}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.aliases"))
                .andExpect(jsonPath("$.errors[0].message").value("at most 10 aliases")));
    }

    @Test
    void freeTextsRefuseControlCharactersNamingTheFieldButANoteMayHaveLineBreaks() throws Exception {
        postJson(PERSONS, """
                {"fullName":"Lê Văn Tám","sex":"MALE","birthYear":1990,
                 "permanentResidence":{"village":"Thôn\\u00003","unitCode":"HN-BL-VUBAN"}}""",
                communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("permanentResidence.village"));
        postJson(PERSONS, """
                {"fullName":"Lê Văn Tám","sex":"MALE","birthYear":1990,"purpose":"rà soát\\u202e",
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2024-01-10",
                         "documentRef":"BC 05\\nCAX","note":"ghi\\u0007chú"}}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("purpose",
                        "list.documentRef", "list.note")));
        assertThat(mongo.count(new Query(), "persons")).isZero();

        String id = register(person("Lê Văn Tám", 1990, ""), communeOfficer("HN-BL-VUBAN")).get("id").asString();
        rejectedWithoutChange(id, () -> postJson(PERSONS + "/" + id + "/list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-03-01",
                 "documentRef":"QĐ 15\\tUBND"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentRef")));
        postJson(PERSONS + "/" + id + "/list-changes", """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-03-01",
                 "note":"quyết định của UBND xã\\r\\nbản sao lưu hồ sơ"}""", communeOfficer("HN-BL-VUBAN"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void theApiAndTheSurveyImportAcceptTheSameNamesStoreThemAlikeAndRefuseTheSameOnesForTheSameReason()
            throws Exception {
        StringBuilder file = new StringBuilder(
                "Họ và tên,Giới tính,Năm sinh,Thôn/xóm thường trú,Diện quản lý,Ngày vào diện\r\n");
        for (String name : GOOD_NAMES) {
            file.append(quoted(name)).append(",Nam,1991,Thôn Đồng,SUSPECTED_USER,10/01/2025\r\n");
        }
        for (String name : BAD_NAMES) {
            file.append(quoted(name)).append(",Nam,1991,Thôn Đồng,SUSPECTED_USER,10/01/2025\r\n");
        }
        List<String> fromApi = new ArrayList<>();
        for (String name : GOOD_NAMES) {
            fromApi.add(register(person(name, 1990, ""), communeOfficer("HN-BL-VUBAN")).get("details")
                    .get("fullName").asString());
        }

        String importId = body(mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file",
                "ra-soat.csv", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8)))
                .with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isAccepted())).get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(() -> body(mvc.perform(
                get("/api/registry/imports/" + importId).with(communeOfficer("HN-BL-VUBAN")))),
                p -> p.get("status").asString().equals("DONE"));

        assertThat(fromApi).containsExactly("Nguyễn Thị Ánh Tuyết", "Lò Văn Páo", "H'Hen Niê", "Y-Moan Ê.");
        assertThat(done.get("imported").asInt()).isEqualTo(GOOD_NAMES.size());
        List<String> fromImport = body(mvc.perform(get(PERSONS).param("birthYear", "1991")
                .with(communeOfficer("HN-BL-VUBAN")))).get("items").findValuesAsString("fullName");
        assertThat(fromImport).containsExactlyInAnyOrderElementsOf(fromApi);
        assertThat(done.get("errors").findValuesAsString("message")).containsExactlyElementsOf(BAD_NAMES.stream()
                .map(name -> PersonName.problem(name, PersonName.Kind.FULL_NAME).orElseThrow()).toList());
        assertThat(done.get("errors").findValues("line")).extracting(JsonNode::asInt)
                .containsExactly(6, 7, 8, 10, 11, 12, 13, 14);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
