package vn.drugctl.registry.importing;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.RegistryInstance;
import vn.drugctl.registry.importing.application.SurveyUploads;
import vn.drugctl.registry.importing.infrastructure.file.LocalSurveyUploads;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/** The annual survey CSV upload: good rows registered, bad rows reported by line, a second upload changes nothing. */
class SurveyImportIT extends RegistryApiTest {
    @Autowired
    ImportingConfiguration.ImportLeases leases;
    @Autowired
    RegistryInstance instance;
    @Autowired
    SurveyUploads uploads;

    static final String FILE = """
            Họ và tên,Giới tính,Năm sinh,Số CCCD,Thôn/xóm thường trú,Mã đơn vị thường trú,Diện quản lý,Ngày vào diện,Lý do,Số quyết định/văn bản
            Quách Văn Lâm,Nam,1991,035091000111,Thôn Trung,HN-BL-VUBAN,Người nghi sử dụng trái phép chất ma túy,10/01/2025,Rà soát mới,BC 02/CAX
            Hà Thị Nga,Nữ,1999,,Xóm Đông,HN-BL-VUBAN,ILLEGAL_USER,15/03/2025,POSITIVE_TEST,QĐ 31/QĐ-UBND
            Lò Văn Tiến,Nam,19x1,,Thôn Trung,HN-BL-VUBAN,SUSPECTED_USER,10/01/2025,,
            Tòng Văn Sơn,Nam,1988,,"Thôn Hạ, \"\"xóm Gầy\"\"",HN-BL-VUBAN,Người nghiện ma túy,02/02/2024,Xác định tình trạng nghiện,
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
                .with(token)).andExpect(status().isOk())), p -> !p.get("status").asString().matches("QUEUED|RUNNING"));
    }

    @Test
    void goodRowsAreRegisteredBadRowsReportedByLineAndASecondUploadChangesNothing() throws Exception {
        JsonNode started = upload(FILE.getBytes(StandardCharsets.UTF_8), communeOfficer("HN-BL-VUBAN"));
        assertThat(started.get("rowsTotal").asInt()).isEqualTo(6);
        assertThat(started.get("status").asString()).isIn("QUEUED", "RUNNING", "DONE");

        JsonNode done = finished(started.get("id").asString(), communeOfficer("HN-BL-VUBAN"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("rowsRead").asInt()).isEqualTo(6);
        assertThat(done.get("imported").asInt()).isEqualTo(3);
        assertThat(done.get("errorCount").asInt()).isEqualTo(3);
        assertThat(done.get("errors").findValues("line")).extracting(JsonNode::asInt).containsExactly(4, 6, 7);
        assertThat(done.get("errorsOmitted").asInt()).isZero();
        assertThat(done.get("errors").get(0).get("column").asString()).isEqualTo("Năm sinh");
        assertThat(done.get("errors").get(1).get("message").asString()).contains("male", "FEMALE");
        assertThat(done.get("errors").get(2).get("message").asString()).contains("law-73-2021", "DIED");

        JsonNode list = body(mvc.perform(get("/api/registry/persons").param("sort", "NAME")
                .with(communeOfficer("HN-BL-VUBAN"))));
        assertThat(list.get("items").findValuesAsString("fullName"))
                .containsExactly("Hà Thị Nga", "Quách Văn Lâm", "Tòng Văn Sơn");
        assertThat(list.get("items").findValuesAsString("list"))
                .containsExactly("ILLEGAL_USER", "SUSPECTED_USER", "ADDICT");
        auditDelivered();
        assertThat(mongo.count(Query.query(Criteria.where("action").is("IMPORT")), "audit_log")).isEqualTo(3);
        assertThat(Files.exists(uploadFolder().resolve("survey-" + done.get("id").asString() + ".csv")))
                .as("the uploaded file is deleted once imported").isFalse();

        String before = mongo.find(new Query(), org.bson.Document.class, "persons").stream()
                .map(d -> { d.remove("outbox"); d.remove("outboxRecords"); d.remove("outboxPending"); return d.toJson(); })
                .sorted().toList()
                .toString();
        JsonNode again = finished(upload(FILE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                communeOfficer("HN-BL-VUBAN")).get("id").asString(), communeOfficer("HN-BL-VUBAN"));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        auditDelivered();
        String after = mongo.find(new Query(), org.bson.Document.class, "persons").stream()
                .map(d -> { d.remove("outbox"); d.remove("outboxRecords"); d.remove("outboxPending"); return d.toJson(); })
                .sorted().toList()
                .toString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRowLikeAPersonOfAnotherCommuneNamesOnlyThatCommuneAndTheDisclosureIsAudited() throws Exception {
        register("""
                {"fullName":"Quàng Văn Nọi","sex":"MALE","birthYear":1986,
                 "permanentResidence":{"village":"Bản Lướt","unitCode":"HN-BL-ANDO"},
                 "list":{"list":"ADDICT","reason":"ADDICTION_DETERMINED","businessDate":"2024-05-05"}}""",
                communeOfficer("HN-BL-ANDO"));
        String file = """
                Họ và tên,Giới tính,Năm sinh,Thôn/xóm thường trú,Mã đơn vị thường trú,Diện quản lý,Ngày vào diện
                Quàng Văn Nọi,Nam,1986,Bản Lướt,HN-BL-VUBAN,SUSPECTED_USER,10/01/2025
                """;
        JsonNode done = finished(upload(file.getBytes(StandardCharsets.UTF_8), communeOfficer("HN-BL-VUBAN"))
                .get("id").asString(), communeOfficer("HN-BL-VUBAN"));
        assertThat(done.get("imported").asInt()).isZero();
        String message = done.get("errors").get(0).get("message").asString();
        assertThat(message).contains("a person managed by Xã An Đổ (HN-BL-ANDO)").doesNotContain("ADDICT");
        assertThat(message.toLowerCase()).doesNotContain("nọi (");
        assertThat(mongo.count(Query.query(Criteria.where("action").is("DISCLOSE").and("username")
                .is("officer.hn-bl-vuban").and("recordUnitCode").is("HN-BL-ANDO")), "audit_log")).isEqualTo(1);
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
    void thousandsOfBadRowsWithHugeCellsKeepTheFirstThousandErrorsEachCutShortAndCountTheRest() throws Exception {
        String hugeSex = "X".repeat(60_000);
        StringBuilder file = new StringBuilder("Họ và tên,Giới tính,Năm sinh,Diện quản lý,Ngày vào diện")
                .append("\r\n");
        for (int i = 0; i < 50; i++) {
            file.append("Nguyễn Văn Tư,").append(hugeSex).append(",1990,SUSPECTED_USER,10/01/2025\r\n");
        }
        for (int i = 0; i < 1_100; i++) {
            file.append("Nguyễn Văn Tư,Nam,19x0,SUSPECTED_USER,10/01/2025\r\n");
        }

        JsonNode done = finished(upload(file.toString().getBytes(StandardCharsets.UTF_8),
                communeOfficer("HN-BL-VUBAN")).get("id").asString(), communeOfficer("HN-BL-VUBAN"));

        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("rowsRead").asInt()).isEqualTo(1_150);
        assertThat(done.get("errorCount").asInt()).isEqualTo(1_150);
        assertThat(done.get("errors")).hasSize(1_000);
        assertThat(done.get("errorsOmitted").asInt()).isEqualTo(150);
        assertThat(done.get("errors").get(0).get("message").asString())
                .isEqualTo("must be Nam or Nữ, not '" + "X".repeat(199) + "…'");
        assertThat(done.get("errors").get(999).get("line").asInt()).isEqualTo(1_001);
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(done.get("id").asString())),
                Document.class, "survey_imports");
        assertThat(stored.toJson().length()).as("far below MongoDB's 16 MB").isLessThan(300_000);
        assertThat(mongo.count(new Query(), "persons")).isZero();
    }

    @Test
    void aUnitWithTwoImportsQueuedOrRunningIsToldToRetryLaterAndNothingIsStored() throws Exception {
        String running = activeImport("HN-BL-VUBAN", "RUNNING", "another-instance", Instant.now().plusSeconds(600));
        String queued = activeImport("HN-BL-VUBAN", "QUEUED", "another-instance", Instant.now().plusSeconds(600));
        activeImport("HN-BL-ANDO", "RUNNING", "another-instance", Instant.now().plusSeconds(600));

        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "ra-soat.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/too-many-imports"))
                .andExpect(jsonPath("$.unitCode").value("HN-BL-VUBAN"))
                .andExpect(jsonPath("$.activeImports", containsInAnyOrder("/api/registry/imports/" + running,
                        "/api/registry/imports/" + queued)))
                .andExpect(jsonPath("$.correlationId").exists());
        assertThat(mongo.count(Query.query(Criteria.where("unitCode").is("HN-BL-VUBAN")), "survey_imports"))
                .isEqualTo(2);
        assertThat(mongo.count(new Query(), "persons")).isZero();

        JsonNode elsewhere = finished(upload(FILE.getBytes(StandardCharsets.UTF_8), communeOfficer("HN-BL-ANDO"))
                .get("id").asString(), communeOfficer("HN-BL-ANDO"));
        assertThat(elsewhere.get("status").asString()).as("another unit's one import leaves it a place")
                .isEqualTo("DONE");
    }

    @Test
    void anImportNobodyRunsIsInterruptedWhenItsLeaseEndsOrWhenItsOwnInstanceStartsAgain() {
        String leaseEnded = activeImport("HN-BL-VUBAN", "RUNNING", "a-dead-instance", Instant.now().minusSeconds(1));
        String alive = activeImport("HN-BL-VUBAN", "QUEUED", "a-live-instance", Instant.now().plusSeconds(600));
        String mine = activeImport("HN-BL-ANDO", "RUNNING", instance.id(), Instant.now().plusSeconds(600));

        leases.heartbeat();

        assertThat(statusOf(leaseEnded)).isEqualTo("INTERRUPTED");
        assertThat(statusOf(alive)).isEqualTo("QUEUED");
        assertThat(statusOf(mine)).as("this instance renews its own lease").isEqualTo("RUNNING");

        leases.atStart();

        assertThat(statusOf(mine)).as("what this instance's previous run left").isEqualTo("INTERRUPTED");
        assertThat(statusOf(alive)).as("another instance's import, still leased").isEqualTo("QUEUED");
    }

    /** An import stored as {@code status} by {@code instanceId}, its lease ending at {@code leaseUntil}. */
    String activeImport(String unitCode, String status, String instanceId, Instant leaseUntil) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("unitCode", unitCode)
                .append("unitPath", List.of("HN", "HN-BL", unitCode)).append("fileName", "x.csv")
                .append("uploadedBy", "officer").append("startedAt", Date.from(Instant.now()))
                .append("status", status).append("rowsTotal", 10).append("rowsRead", 0).append("imported", 0)
                .append("unchanged", 0).append("errorCount", 0).append("errors", List.of())
                .append("errorsOmitted", 0).append("instanceId", instanceId)
                .append("leaseUntil", Date.from(leaseUntil)),
                "survey_imports");
        return id;
    }

    String statusOf(String importId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(importId)), Document.class, "survey_imports")
                .getString("status");
    }

    Path uploadFolder() {
        return ((LocalSurveyUploads) uploads).folder();
    }

    @Test
    void theTemplateIsTheHeaderLine() throws Exception {
        String template = mvc.perform(get("/api/registry/imports/template").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("Họ và tên,").contains("Diện quản lý", "Ngày vào diện");
    }
}
