package vn.drugctl.registry.importing;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.importing.application.SurveyUploads;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;

/**
 * What an import does when things break underneath it: the store refuses a progress write, the saved file cannot be
 * read back, the upload cannot be saved. The import ends FAILED with the reason (never stays running), a refused
 * upload stores nothing, and no uploaded file is left behind in any of these paths. Faults are injected into the
 * import's own ports (spies over the real MongoDB and disk adapters); the servers are real.
 */
class SurveyImportFailuresIT extends RegistryApiTest {
    static final Path UPLOADS;

    static {
        try {
            UPLOADS = Files.createTempDirectory("survey-uploads-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void uploadFolder(DynamicPropertyRegistry registry) {
        registry.add("drugctl.registry.imports.upload-folder", UPLOADS::toString);
    }

    @MockitoSpyBean
    SurveyImports imports;
    @MockitoSpyBean
    SurveyUploads uploads;

    @BeforeEach
    void cleanStore() {
        clean();
        mongo.remove(new Query(), "survey_imports");
    }

    /** 250 rows, each refused (bad birth year): enough for one progress write in the middle of the run. */
    static byte[] badRows() {
        StringBuilder file = new StringBuilder("Họ và tên,Giới tính,Năm sinh,Diện quản lý,Ngày vào diện\r\n");
        for (int i = 0; i < 250; i++) {
            file.append("Nguyễn Văn Tư,Nam,19x0,SUSPECTED_USER,10/01/2025\r\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    String uploaded(byte[] content) throws Exception {
        return body(mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "ra-soat.csv",
                "text/csv", content)).with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isAccepted()))
                .get("id").asString();
    }

    JsonNode ended(String id) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> body(mvc.perform(get("/api/registry/imports/" + id)
                .with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isOk())),
                p -> !p.get("status").asString().matches("QUEUED|RUNNING"));
    }

    static long filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(UPLOADS)) {
            return files.count();
        }
    }

    @Test
    void aProgressWriteTheStoreRefusesEndsTheImportFailedWithTheReasonAndDeletesTheFile() throws Exception {
        doThrow(new DataAccessResourceFailureException("BSONObjectTooLarge")).when(imports)
                .progress(anyString(), any(), anyList(), any());

        JsonNode failed = ended(uploaded(badRows()));

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString()).startsWith("the import's progress could not be recorded "
                + "(DataAccessResourceFailureException); the rows imported before it stay");
        assertThat(failed.get("rowsRead").asInt()).as("the counts of the end are recorded").isEqualTo(200);
        assertThat(failed.get("finishedAt").isNull()).isFalse();
        assertThat(filesLeft()).isZero();
    }

    @Test
    void aFileThatCannotBeReadBackDuringTheRunEndsTheImportFailedAndIsDeleted() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        doAnswer(call -> {
            InputStream real = (InputStream) call.callRealMethod();
            if (opened.incrementAndGet() == 1) {
                return real;
            }
            try (real) {
                return new BreakingStream(real.readNBytes(300));
            }
        }).when(uploads).open(anyString());

        JsonNode failed = ended(uploaded(badRows()));

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString()).startsWith("the uploaded file could not be read (IOException)");
        assertThat(filesLeft()).isZero();
    }

    @Test
    void anUploadThatCannotBeSavedIsRefusedAndLeavesNothingBehind() throws Exception {
        MockMultipartFile breaking = new MockMultipartFile("file", "ra-soat.csv", "text/csv", badRows()) {
            @Override
            public InputStream getInputStream() {
                return new BreakingStream(badRows());
            }
        };

        mvc.perform(multipart("/api/registry/imports").file(breaking).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/upload-not-saved"))
                .andExpect(jsonPath("$.correlationId").exists());

        assertThat(filesLeft()).isZero();
        assertThat(mongo.count(new Query(), "survey_imports")).isZero();
    }

    @Test
    void uploadsRefusedBeforeTheyAreQueuedLeaveNoFileAndNoImport() throws Exception {
        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        "Họ và tên,Giới tính\r\nLò Văn Páo,Nam\r\n".getBytes(Charset.forName("windows-1258"))))
                        .with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        for (int i = 0; i < 2; i++) {
            mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("unitCode", "HN-BL-VUBAN")
                    .append("unitPath", List.of("HN", "HN-BL", "HN-BL-VUBAN")).append("status", "RUNNING")
                    .append("instanceId", "another-instance")
                    .append("leaseUntil", Date.from(Instant.now().plusSeconds(600))), "survey_imports");
        }
        mvc.perform(multipart("/api/registry/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        badRows())).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isTooManyRequests());

        assertThat(filesLeft()).isZero();
        assertThat(mongo.count(new Query(), "survey_imports")).isEqualTo(2);
    }

    /** Gives its bytes, then fails as a disk or a dropped connection would. */
    static final class BreakingStream extends InputStream {
        private final InputStream first;

        BreakingStream(byte[] first) {
            this.first = new ByteArrayInputStream(first);
        }

        @Override
        public int read() throws IOException {
            int b = first.read();
            if (b < 0) {
                throw new IOException("Input/output error");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = first.read(buffer, offset, length);
            if (n < 0) {
                throw new IOException("Input/output error");
            }
            return n;
        }
    }
}
