package vn.drugctl.registry.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/** The annual survey CSV upload: good rows registered, bad rows reported by line, a second upload changes nothing. */
class SurveyImportIT extends RegistryApiTest {
    static final String FILE = """
            Họ và tên,Giới tính,Năm sinh,Số CCCD,Thôn/xóm thường trú,Mã đơn vị thường trú,Diện quản lý,Ngày vào diện,Lý do,Số quyết định/văn bản
            Quách Văn Lâm,Nam,1991,035091000111,Thôn Trung,HN-BL-VUBAN,Người nghi sử dụng trái phép chất ma túy,10/01/2025,Rà soát mới,BC 02/CAX
            Hà Thị Nga,Nữ,1999,,Xóm Đông,HN-BL-VUBAN,ILLEGAL_USER,15/03/2025,POSITIVE_TEST,QĐ 31/QĐ-UBND
            Lò Văn Tiến,Nam,19x1,,Thôn Trung,HN-BL-VUBAN,SUSPECTED_USER,10/01/2025,,
            "Tòng Văn Sơn, \"\"Sơn gầy\"\"",Nam,1988,,"Thôn
            Hạ",HN-BL-VUBAN,Người nghiện ma túy,02/02/2024,Xác định tình trạng nghiện,
            Vì Thị Hoa,Nữ,1990,035090000222,Thôn Trung,HN-BL-VUBAN,SUSPECTED_USER,10/01/2025,,
            Lường Văn Khánh,Nam,1985,,Thôn Trung,HN-BL-VUBAN,POST_REHAB,10/01/2025,DIED,
            """;

    @BeforeEach
    void cleanStore() {
        clean();
        mongo.remove(new Query(), "survey_imports");
    }

    JsonNode upload(byte[] content, RequestPostProcessor token) throws Exception {
        return body(mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "ra-soat-2025.csv",
                        "text/csv", content)).with(token))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/registry/imports/"))));
    }

    JsonNode finished(String id, RequestPostProcessor token) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> body(mvc.perform(get("/api/registry/imports/" + id)
                .with(token)).andExpect(status().isOk())), p -> !"RUNNING".equals(p.get("status").asString()));
    }

    @Test
    void goodRowsAreRegisteredBadRowsReportedByLineAndASecondUploadChangesNothing() throws Exception {
        JsonNode started = upload(FILE.getBytes(StandardCharsets.UTF_8), communeOfficer("HN-BL-VUBAN"));
        assertThat(started.get("rowsTotal").asInt()).isEqualTo(6);

        JsonNode done = finished(started.get("id").asString(), communeOfficer("HN-BL-VUBAN"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("rowsRead").asInt()).isEqualTo(6);
        assertThat(done.get("imported").asInt()).isEqualTo(3);
        assertThat(done.get("errorCount").asInt()).isEqualTo(3);
        assertThat(done.get("errors").findValues("line")).extracting(JsonNode::asInt).containsExactly(4, 7, 8);
        assertThat(done.get("errors").get(0).get("column").asString()).isEqualTo("Năm sinh");
        assertThat(done.get("errors").get(1).get("message").asString()).contains("male", "FEMALE");
        assertThat(done.get("errors").get(2).get("message").asString()).contains("law-73-2021", "DIED");

        JsonNode list = body(mvc.perform(get("/api/registry/persons").param("sort", "NAME")
                .with(communeOfficer("HN-BL-VUBAN"))));
        assertThat(list.get("items").findValuesAsString("fullName"))
                .containsExactly("Hà Thị Nga", "Quách Văn Lâm", "Tòng Văn Sơn, \"Sơn gầy\"");
        assertThat(list.get("items").findValuesAsString("list"))
                .containsExactly("ILLEGAL_USER", "SUSPECTED_USER", "ADDICT");
        assertThat(mongo.count(Query.query(Criteria.where("action").is("IMPORT")), "audit_log")).isEqualTo(3);

        String before = mongo.find(new Query(), org.bson.Document.class, "persons").stream()
                .map(d -> { d.remove("outbox"); d.remove("outboxPending"); return d.toJson(); }).sorted().toList()
                .toString();
        JsonNode again = finished(upload(FILE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                communeOfficer("HN-BL-VUBAN")).get("id").asString(), communeOfficer("HN-BL-VUBAN"));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        String after = mongo.find(new Query(), org.bson.Document.class, "persons").stream()
                .map(d -> { d.remove("outbox"); d.remove("outboxPending"); return d.toJson(); }).sorted().toList()
                .toString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void progressIsScopedAndUploadsAreCheckedBeforeAnythingIsImported() throws Exception {
        String id = upload(FILE.getBytes(StandardCharsets.UTF_8), communeOfficer("HN-BL-VUBAN")).get("id").asString();
        finished(id, communeOfficer("HN-BL-VUBAN"));
        mvc.perform(get("/api/registry/imports/" + id).with(districtOfficer("HN-BL"))).andExpect(status().isOk());
        mvc.perform(get("/api/registry/imports/" + id).with(communeOfficer("HN-BL-ANDO")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/imports/" + id).with(provinceAnalyst("TN"))).andExpect(status().isNotFound());
        clean();
        mongo.remove(new Query(), "survey_imports");

        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).param("unitCode", "HN-BL-ANDO")
                        .with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).param("unitCode", "HN-BL-NOWHERE")
                        .with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("other", "x.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        FILE.getBytes(Charset.forName("windows-1258")))).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("/api/registry/imports/no-such-import").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isNotFound());
        assertThat(mongo.count(new Query(), "persons")).isZero();
        assertThat(mongo.count(new Query(), "survey_imports")).isZero();
    }

    @Test
    void theTemplateIsTheHeaderLine() throws Exception {
        String template = mvc.perform(get("/api/registry/imports/template").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("Họ và tên,").contains("Diện quản lý", "Ngày vào diện");
    }
}
