package vn.drugctl.reporting.periodreport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.common.testing.OpenApiDocs;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoProjectionStore;
import vn.drugctl.reporting.periodreport.domain.ReportTerms;
import vn.drugctl.reporting.testing.ReportingApiIT;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.partner;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;

/**
 * The period report's downloads through the API: synthetic people's registry events published to the real Kafka
 * broker and projected, then the commune's XLSX and DOCX parsed with POI and compared with its JSON report, number by
 * number; the name lists, the chart's months and the refusals. Commune Bình Nghĩa is this test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportExportIT extends ReportingApiIT {
    static final String UNIT = "HN-BL-BINHNGHIA";
    static final String PERIOD = "?from=2024-10-15&to=2024-12-07";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";

    JsonNode report;
    /** The persons on a list at the end of the period, and the one who died in it. */
    List<String> listed;
    String died;

    /** One synthetic person's events, as registry-service publishes them. */
    final class Person {
        final String id = UUID.randomUUID().toString();
        final List<String> events = new ArrayList<>();

        Person(String name, int birthYear, String registeredOn) {
            event("PersonRegistered", details(registeredOn, name, birthYear));
        }

        ObjectNode details(String on, String name, int birthYear) {
            return payload(on).put("fullName", name).put("birthYear", birthYear).put("sex", "MALE")
                    .put("managementDossier", "OPEN").put("unitCode", UNIT);
        }

        ObjectNode payload(String businessDate) {
            return json.createObjectNode().put("personId", id).put("businessDate", businessDate);
        }

        Person event(String type, ObjectNode payload) {
            String eventId = UUID.randomUUID().toString();
            long seq = events.size() + 1;
            events.add(json.writeValueAsString(new EventEnvelope(eventId, type, 1, id, seq, seq, UNIT,
                    List.of("HN", "HN-BL", UNIT), Instant.parse("2024-01-01T00:00:00Z"), Instant.now(),
                    new Actor("s", "officer", UNIT), "corr-" + eventId.substring(0, 8), payload)));
            return this;
        }

        Person moveTo(String list, String from, String reason, String on) {
            ObjectNode p = payload(on).put("toList", list).put("reason", reason).put("ruleSet", "law-73-2021");
            p.put("fromList", from);
            return event("PersonMovedToList", p);
        }

        Person leave(String list, String reason, String on) {
            return event("PersonLeftList", payload(on).put("fromList", list).put("reason", reason)
                    .put("ruleSet", "law-73-2021"));
        }

        Person rename(String name, int birthYear, String on) {
            ObjectNode p = details(on, name, birthYear);
            p.putArray("changedFields").add("fullName").add("birthYear");
            return event("PersonDetailsChanged", p);
        }

        boolean projected() {
            Document d = mongo.findOne(Query.query(Criteria.where("_id").is("person:" + id)), Document.class,
                    MongoProjectionStore.COLLECTION);
            return d != null && d.getList("events", Document.class).size() == events.size()
                    && d.getBoolean("pendingApplied", false);
        }
    }

    @BeforeAll
    void publishAndProject() throws Exception {
        // an addict before the period and still one; another who dies in it
        Person a = new Person("Đinh Văn Thử", 1985, "2024-01-05")
                .moveTo("ADDICT", null, "ADDICTION_DETERMINED", "2024-02-01");
        Person d = new Person("Vì Văn Giả", 1970, "2024-01-05")
                .moveTo("ADDICT", null, "ADDICTION_DETERMINED", "2024-02-01")
                .leave("ADDICT", "DIED", "2024-11-20");
        // found by review in the period, then positive: a name typed as an Excel formula
        Person b = new Person(INJECTION, 1992, "2024-10-20")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2024-10-20")
                .moveTo("ILLEGAL_USER", "SUSPECTED_USER", "POSITIVE_TEST", "2024-11-10");
        // a suspected user whose name was corrected in the period, and changed again after it
        Person c = new Person("Lê Thi Mâu", 2003, "2024-03-01")
                .moveTo("SUSPECTED_USER", null, "NEWLY_FOUND_BY_REVIEW", "2024-03-01")
                .rename("Lê Thị Mẫu", 2002, "2024-11-15")
                .rename("Lê Thị Sau Kỳ", 2002, "2024-12-20");
        List<Person> people = List.of(a, b, c, d);
        listed = List.of(a.id, b.id, c.id);
        died = d.id;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (Person p : people) {
                for (String e : p.events) {
                    producer.send(new ProducerRecord<>("registry.events.v1", p.id, e)).get();
                }
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> people.stream().allMatch(Person::projected));
        report = json.readTree(mvc.perform(get("/api/reports/units/" + UNIT + "/period" + PERIOD)
                        .with(communeOfficer(UNIT))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    MockHttpServletResponse download(String extension, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/reports/units/" + UNIT + "/period." + extension + PERIOD).with(token))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    static String list(String code) {
        return ReportTerms.label(ReportTerms.PersonList.class, code);
    }

    static String reason(String code) {
        return ReportTerms.label(ReportTerms.ListReason.class, code);
    }

    /** A sheet's rows as "text|text|text" → the row's first number (every number cell checked to be numeric). */
    static Map<String, Double> numbers(Sheet sheet) {
        Map<String, Double> rows = new HashMap<>();
        for (Row row : sheet) {
            List<String> texts = new ArrayList<>();
            Double number = null;
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    number = number == null ? cell.getNumericCellValue() : number;
                } else if (number == null) {
                    texts.add(cell.getStringCellValue());
                }
            }
            if (number != null) {
                rows.put(String.join("|", texts), number);
            }
        }
        return rows;
    }

    @Test
    void theWorkbookHoldsTheJsonReportsNumbersTheMonthlyStocksAndTheNames() throws Exception {
        MockHttpServletResponse response = download("xlsx", districtOfficer("HN-BL"));
        assertThat(response.getContentType()).isEqualTo(XLSX);
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; "
                + "filename=\"bao-cao_HN-BL-BINHNGHIA_2024-10-15_2024-12-07.xlsx\"; filename*=UTF-8''"
                + "B%C3%A1o%20c%C3%A1o%20X%C3%A3%20B%C3%ACnh%20Ngh%C4%A9a%202024-10-15%202024-12-07.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Map<String, Double> lists = numbers(workbook.getSheet("Danh sách"));
            int expected = 0;
            for (JsonNode l : report.get("lists")) {
                String label = list(l.get("list").asString());
                JsonNode b = l.get("balance");
                assertThat(lists.get(label + "|Đầu kỳ|")).as(label).isEqualTo(b.get("baseline").asDouble());
                assertThat(lists.get(label + "|Tăng|")).as(label).isEqualTo(b.get("added").asDouble());
                assertThat(lists.get(label + "|Giảm|")).as(label).isEqualTo(b.get("removed").asDouble());
                assertThat(lists.get(label + "|Cuối kỳ|")).as(label).isEqualTo(b.get("current").asDouble());
                expected += 4;
                for (var r : b.get("addedByReason").properties()) {
                    assertThat(lists.get(label + "|Tăng|" + reason(r.getKey()))).isEqualTo(r.getValue().asDouble());
                    expected++;
                }
                for (var r : b.get("removedByReason").properties()) {
                    assertThat(lists.get(label + "|Giảm|" + reason(r.getKey()))).isEqualTo(r.getValue().asDouble());
                    expected++;
                }
                for (var dimension : l.get("breakdown").properties()) {
                    var d = ReportTerms.Dimension.of(dimension.getKey()).orElseThrow();
                    for (var v : dimension.getValue().properties()) {
                        assertThat(lists.get(label + "|Cơ cấu cuối kỳ: " + d.label() + "|" + d.valueLabel(v.getKey())))
                                .isEqualTo(v.getValue().asDouble());
                        expected++;
                    }
                }
            }
            assertThat(lists).hasSize(expected);
            // what this test's people make of it
            assertThat(lists.get("Người nghiện ma túy|Giảm|Chết")).isEqualTo(1);
            assertThat(lists.get("Người sử dụng trái phép chất ma túy|Cuối kỳ|")).isEqualTo(1);
            assertThat(numbers(workbook.getSheet("Chuyển diện"))
                    .get("Người nghi sử dụng trái phép chất ma túy|Người sử dụng trái phép chất ma túy")).isEqualTo(1);
            assertThat(numbers(workbook.getSheet("Test ma túy")).get("Số lượt test"))
                    .isEqualTo(report.get("drugTests").get("tested").asDouble());
            assertThat(numbers(workbook.getSheet("Test ma túy")).get("Số người được test"))
                    .isEqualTo(report.get("drugTests").get("peopleTested").asDouble());

            // the chart: each list at 31/10, 30/11 and 07/12, the last point the report's current
            var chart = workbook.getSheet("Biểu đồ").getDrawingPatriarch().getCharts().getFirst();
            XDDFChartData data = chart.getChartSeries().getFirst();
            assertThat(data.getSeriesCount()).isEqualTo(5);
            List<List<Long>> points = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                var values = data.getSeries(i).getValuesData();
                assertThat(values.getPointCount()).isEqualTo(3);
                points.add(List.of(values.getPointAt(0).longValue(), values.getPointAt(1).longValue(),
                        values.getPointAt(2).longValue()));
                assertThat(points.get(i).get(2)).isEqualTo(report.get("lists").get(i).get("balance").get("current")
                        .asLong());
            }
            assertThat(points).containsExactly(List.of(2L, 1L, 1L), List.of(0L, 1L, 1L), List.of(0L, 0L, 0L),
                    List.of(2L, 1L, 1L), List.of(0L, 0L, 0L));

            // the names at the end of the period: the formula-like one as quote-prefixed text
            Map<String, Row> byName = new HashMap<>();
            for (Row row : workbook.getSheet("Danh sách người")) {
                if (row.getRowNum() >= 2) {
                    byName.put(row.getCell(1).getStringCellValue(), row);
                }
            }
            assertThat(byName).containsOnlyKeys("Đinh Văn Thử", INJECTION, "Lê Thị Mẫu");
            assertThat(byName.get(INJECTION).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(byName.get(INJECTION).getCell(3).getStringCellValue())
                    .isEqualTo("Người sử dụng trái phép chất ma túy");
            assertThat(byName.get("Lê Thị Mẫu").getCell(2).getNumericCellValue()).isEqualTo(2002);
            assertThat(byName.get("Đinh Văn Thử").getCell(4).getStringCellValue()).isEqualTo("Xã Bình Nghĩa");
        }
        // whose records the name list disclosed, and to whom: one READ line per person listed
        List<Document> lines = mongo.find(Query.query(Criteria.where("username").is("district.hn-bl")
                .and("recordType").is("person").and("action").is("READ").and("what").regex("\\(xlsx\\)$")),
                Document.class, "audit_log");
        assertThat(lines).extracting(l -> l.getString("recordId")).containsExactlyInAnyOrderElementsOf(listed)
                .doesNotContain(died);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.getString("recordUnitCode")).isEqualTo(UNIT);
            assertThat(l.getString("what")).isEqualTo("name list of the period report 2024-10-15 – 2024-12-07 of "
                    + UNIT + " (xlsx)");
        });
    }

    @Test
    void theDocumentSaysTheJsonReportsNumbersInTheSeedsSentencesWithTheChartAndNames() throws Exception {
        MockHttpServletResponse response = download("docx", communeOfficer(UNIT));
        assertThat(response.getContentType()).isEqualTo(DOCX);
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"bao-cao_HN-BL-BINHNGHIA_2024-10-15_2024-12-07.docx\"; ");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).startsWith("XÃ BÌNH NGHĨA", "BÁO CÁO");
            for (JsonNode l : report.get("lists")) {
                String label = list(l.get("list").asString());
                String lower = Character.toLowerCase(label.charAt(0)) + label.substring(1);
                JsonNode b = l.get("balance");
                assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("- Tổng số " + lower + ": "
                        + b.get("current").asLong() + " người"));
                assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("  Trước ngày 15/10/2024: có "
                        + b.get("baseline").asLong() + " người. Bổ sung " + b.get("added").asLong() + " người")
                        .contains("Thanh loại " + b.get("removed").asLong() + " người")
                        .contains("Đến ngày 07/12/2024 là " + b.get("current").asLong() + " người"));
            }
            assertThat(paragraphs).contains(
                    "- Tổng số người nghiện ma túy: 1 người, giảm 1 người so với trước ngày 15/10/2024 (2 người).",
                    "  Trước ngày 15/10/2024: có 2 người. Bổ sung 0 người. Thanh loại 1 người (1 chết). Đến ngày "
                            + "07/12/2024 là 1 người (ngoài cộng đồng 1).");
            assertThat(document.getCharts()).hasSize(1);
            XDDFChartData data = document.getCharts().getFirst().getChartSeries().getFirst();
            assertThat(data.getSeriesCount()).isEqualTo(5);
            assertThat(data.getSeries(0).getValuesData().getPointCount()).isEqualTo(3);
            List<String> names = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                table.getRows().stream().skip(1).forEach(r -> names.add(r.getCell(1).getText() + " ("
                        + r.getCell(2).getText() + ")"));
            }
            assertThat(names).containsExactlyInAnyOrder("Đinh Văn Thử (1985)", INJECTION + " (1992)",
                    "Lê Thị Mẫu (2002)");
        }
    }

    @Test
    void badPeriodsUnknownUnitsOtherTenantsAndPartnersAreRefusedAsForTheJsonReport() throws Exception {
        for (String extension : List.of("xlsx", "docx")) {
            String base = "/api/reports/units/" + UNIT + "/period." + extension;
            for (String accept : List.of("*/*", extension.equals("xlsx") ? XLSX : DOCX)) {
                mvc.perform(get(base + "?from=2024-12-07&to=2024-10-15").accept(accept).with(communeOfficer(UNIT)))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                        .andExpect(jsonPath("$.errors[0].field").value("from"));
            }
            mvc.perform(get(base + "?from=2024-10-15").with(communeOfficer(UNIT))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("to"));
            mvc.perform(get("/api/reports/units/HN-XX-NOWHERE/period." + extension + PERIOD)
                    .with(provinceAnalyst("HN"))).andExpect(status().isNotFound());
            mvc.perform(get(base + PERIOD).with(provinceAnalyst("TN"))).andExpect(status().isForbidden());
            mvc.perform(get(base + PERIOD).with(communeOfficer("HN-BL-VUBAN"))).andExpect(status().isForbidden());
            mvc.perform(get(base + PERIOD).with(partner("BN"))).andExpect(status().isForbidden());
            mvc.perform(get(base + PERIOD)).andExpect(status().isUnauthorized());
            mvc.perform(get(base + PERIOD).with(provinceAnalyst("HN"))).andExpect(status().isOk());
        }
        // a refused download disclosed nobody: no audit line of a person read by those refused
        assertThat(mongo.count(Query.query(Criteria.where("username").in("analyst.tn", "officer.hn-bl-vuban")
                .and("recordType").is("person")), "audit_log")).isZero();
    }

    @Test
    void theDownloadsAreDocumentedWithTheirMediaTypes() throws Exception {
        JsonNode document = OpenApiDocs.fetchAnonymously(mvc, "/api/reports");
        for (var download : Map.of("xlsx", XLSX, "docx", DOCX).entrySet()) {
            JsonNode get = document.path("paths").path("/api/reports/units/{code}/period." + download.getKey())
                    .path("get");
            assertThat(get.path("tags").get(0).asString()).isEqualTo("Period report");
            assertThat(get.path("summary").asString()).isNotBlank();
            assertThat(get.path("responses").path("200").path("content").propertyNames())
                    .containsExactly(download.getValue());
        }
    }
}
