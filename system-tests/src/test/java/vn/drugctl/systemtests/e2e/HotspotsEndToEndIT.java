package vn.drugctl.systemtests.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.drugctl.systemtests.e2e.GatewayCalls.assertProblem;
import static vn.drugctl.systemtests.e2e.GatewayCalls.json;

/**
 * hotspot-service as its users meet it: real Keycloak tokens of the demo users, through the real gateway, to
 * hotspot-service and registry-service (their jars), with the real Kafka carrying an arrest from one service to the
 * other. A hotspot's life from its report to its eradication by an arrest, each tenant seeing only its share; an
 * arrest by another commune reaching the managing commune as a line on the person's record and a notification, never
 * as the arrest's details; the API document public.
 *
 * <p>The platform is the one {@link GatewayEndToEndIT} uses (started once per test JVM), so every record here is made
 * unique by this run's {@link #RUN} marker and no assertion counts records it did not make.
 */
class HotspotsEndToEndIT {
    private static final String VUBAN = "HN-BL-VUBAN";
    private static final String TRANGAN = "HN-BL-TRANGAN";
    /** Six digits unique to this run: in licence numbers, roads and search texts. */
    private static final String RUN = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    private static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
    private static final Duration KAFKA_HOP = Duration.ofSeconds(60);

    private static PlatformUnderTest platform;
    private static GatewayCalls gateway;

    @BeforeAll
    static void start() {
        platform = PlatformUnderTest.shared();
        gateway = new GatewayCalls(platform);
    }

    /** A risk point in a licensed karaoke of Vũ Bản, with coordinates; {@code road} makes its address unique. */
    private static String karaokeRiskPoint(String road, String licence) {
        return """
                {"kind":"RISK_POINT","name":"Karaoke Sao Đêm %s (giả lập)",
                 "address":{"road":"%s","village":"Thôn Đông","unitCode":"HN-BL-VUBAN",
                            "coordinates":{"lat":20.4912,"lon":106.0114}},
                 "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke Sao Đêm","licenceNumber":"%s"},
                 "peopleInvolved":[{"fullName":"Lò Văn Mẫu","birthYear":1994,"role":"chủ quán"}],
                 "evidenceNotes":"Khách lạ tụ tập sau 23 giờ","officerInCharge":"Trần Văn Cán Bộ",
                 "reason":"REPORTED_BY_PUBLIC","businessDate":"2024-01-10","documentRef":"BC 01/CAX"}"""
                .formatted(RUN, road, licence);
    }

    /** Registers a synthetic person managed by {@code username}'s commune; returns the id. */
    private static String registerPerson(String username, String fullName, String village) {
        String cccd = "035" + "0" + "88" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return gateway.expect(201, gateway.post("/api/registry/persons", gateway.token(username), """
                {"fullName":"%s","sex":"MALE","birthYear":1988,"cccd":"%s",
                 "permanentResidence":{"village":"%s","unitCode":"%s"},
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}}"""
                .formatted(fullName, cccd, village, VUBAN))).get("id").asString();
    }

    private static String incident(String commune, String personId, String grams, String effects) {
        return """
                {"occurredAt":"%sT21:30:00+07:00","place":{"road":"Đường trục xã","village":"Thôn 3","unitCode":"%s"},
                 "suspects":[{"suspectId":"s1","personId":"%s","acts":["POSSESSION","SALE"]}],
                 "seizures":[{"kind":"METHAMPHETAMINE","grams":%s,"suspectId":"s1"}],
                 "moneyVnd":600000,"phones":1,"hotspotEffects":%s}"""
                .formatted(YESTERDAY, commune, personId, grams, effects);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.has("id") ? item.get("id").asString()
                : item.get("properties").get("id").asString()));
        return ids;
    }

    @Test
    void aLicensedKaraokeRiskPointIsReportedFoundMappedEscalatedAndEradicatedByAnArrestThroughTheGateway() {
        String vuban = gateway.token("officer.vuban");
        String road = "Đường ĐT 491 km " + RUN;
        String licence = RUN + "/GCN-ANTT";

        HttpResponse<String> created = gateway.post("/api/hotspots", vuban, karaokeRiskPoint(road, licence));
        JsonNode point = gateway.expect(201, created);
        String id = point.get("id").asString();
        String path = "/api/hotspots/" + id;
        assertThat(created.headers().firstValue("Location")).contains(path);
        assertThat(created.headers().firstValue("X-Correlation-Id")).isPresent();
        assertThat(point.get("now").get("kind").asString()).isEqualTo("RISK_POINT");
        assertThat(point.get("now").get("status").asString()).isEqualTo("ACTIVE");

        // read by its commune, its district and its province, with the history
        for (String reader : List.of("officer.vuban", "officer.binhluc", "analyst.hanam")) {
            JsonNode read = gateway.expect(200, gateway.get(path + "?purpose=kiem%20tra", gateway.token(reader)));
            assertThat(read.get("details").get("licensedBusiness").get("kind").asString()).as(reader).isEqualTo("KARAOKE");
            assertThat(read.get("details").get("licensedBusiness").get("licenceNumber").asString()).isEqualTo(licence);
            assertThat(read.get("details").get("address").get("coordinates").get("lat").asDouble()).isEqualTo(20.4912);
            assertThat(read.get("history").get(0).get("eventType").asString()).isEqualTo("HotspotAdded");
        }

        // found by the list's filters (diacritics ignored in the text), inside the scope only
        String filters = "?kind=RISK_POINT&licensed=KARAOKE&status=ACTIVE&text=duong%20dt%20491%20km%20" + RUN;
        assertThat(ids(gateway.expect(200, gateway.get("/api/hotspots" + filters, vuban)).get("items")))
                .containsExactly(id);
        assertThat(ids(gateway.expect(200, gateway.get("/api/hotspots" + filters + "&unit=" + VUBAN,
                gateway.token("officer.binhluc"))).get("items"))).containsExactly(id);
        assertThat(gateway.expect(200, gateway.get("/api/hotspots" + filters.replace("KARAOKE", "BAR"), vuban))
                .get("total").asLong()).isZero();
        assertThat(gateway.expect(200, gateway.get("/api/hotspots" + filters, gateway.token("officer.trangan")))
                .get("total").asLong()).isZero();
        assertThat(gateway.expect(200, gateway.get("/api/hotspots" + filters, gateway.token("officer.gsang")))
                .get("total").asLong()).isZero();

        // on the map: a GeoJSON point [lon, lat]
        JsonNode map = gateway.expect(200, gateway.get("/api/hotspots/map.geojson?licensed=KARAOKE&text=" + RUN, vuban));
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(ids(map.get("features"))).containsExactly(id);
        JsonNode feature = map.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").toString()).isEqualTo("[106.0114,20.4912]");
        assertThat(feature.get("properties").get("unit").asString()).isEqualTo(VUBAN);
        assertThat(ids(gateway.expect(200, gateway.get("/api/hotspots/map.geojson?text=" + RUN,
                gateway.token("officer.trangan"))).get("features"))).isEmpty();

        // escalated to a complex point
        JsonNode escalated = gateway.expect(200, gateway.post(path + "/escalations", vuban, """
                {"reason":"ACTIVITY_INCREASED","businessDate":"2024-03-01","documentRef":"QĐ 12/CAX"}"""));
        assertThat(escalated.get("now").get("kind").asString()).isEqualTo("COMPLEX_POINT");
        assertThat(escalated.get("now").get("escalatedFrom").toString()).contains("RISK_POINT");
        long version = escalated.get("version").asLong();

        // another commune cannot tell it from an unknown id; the district reads but does not write; a partner nothing
        String trangan = gateway.token("officer.trangan");
        JsonNode hidden = assertProblem(gateway.get(path, trangan), 404, "not-found");
        JsonNode unknown = assertProblem(gateway.get("/api/hotspots/no-such-id", trangan), 404, "not-found");
        assertThat(hidden.get("detail").asString()).isEqualTo("No hotspot with id " + id + " in your scope");
        assertThat(unknown.get("detail").asString()).isEqualTo("No hotspot with id no-such-id in your scope");
        assertProblem(gateway.post(path + "/neutralisations", trangan, """
                {"reason":"REGULAR_PATROL_AND_CONTROL","businessDate":"2024-04-01"}"""), 404, "not-found");
        assertProblem(gateway.post(path + "/neutralisations", gateway.token("officer.binhluc"), """
                {"reason":"REGULAR_PATROL_AND_CONTROL","businessDate":"2024-04-01"}"""), 403, "out-of-scope");
        String partner = gateway.partnerToken();
        for (HttpResponse<String> refused : List.of(gateway.get(path, partner), gateway.get("/api/hotspots", partner),
                gateway.get("/api/hotspots/map.geojson", partner),
                gateway.post("/api/hotspots", partner, karaokeRiskPoint(road + " B", licence + "B")))) {
            assertThat(assertProblem(refused, 403, "forbidden").get("detail").asString()).contains("/exchange/**");
        }

        // bad input: a 400 problem naming the field, through the gateway, and nothing stored
        JsonNode outside = assertProblem(gateway.post("/api/hotspots", vuban,
                karaokeRiskPoint(road + " C", licence + "C").replace("\"lat\":20.4912,\"lon\":106.0114",
                        "\"lat\":13.75,\"lon\":100.5")), 400, "invalid-request");
        assertThat(outside.get("errors").get(0).get("field").asString()).isEqualTo("address.coordinates");
        JsonNode future = assertProblem(gateway.post(path + "/neutralisations", vuban, """
                {"reason":"REGULAR_PATROL_AND_CONTROL","businessDate":"2999-01-01"}"""), 400, "invalid-request");
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("businessDate");
        assertProblem(gateway.get("/api/hotspots?kind=BIG", vuban), 400, "invalid-request");
        JsonNode forbiddenStep = assertProblem(gateway.post(path + "/escalations", vuban, """
                {"reason":"ACTIVITY_INCREASED","businessDate":"2024-05-01"}"""), 422, "rule-violation");
        assertThat(forbiddenStep.get("rule").asString()).startsWith("guidance-689-2023/");
        assertThat(gateway.expect(200, gateway.get("/api/hotspots?text=" + RUN + "%20C", vuban)).get("total").asLong())
                .as("the refused report was not stored").isZero();
        JsonNode unchanged = gateway.expect(200, gateway.get(path, vuban));
        assertThat(unchanged.get("version").asLong()).as("refused steps change nothing").isEqualTo(version);
        assertThat(unchanged.get("history").size()).isEqualTo(2);

        // an arrest at the point eradicates it; its registry suspect gets the arrest on the record, no notice
        String personId = registerPerson("officer.vuban", "Đinh Văn Khải", "Thôn Đông");
        JsonNode recorded = gateway.expect(201, gateway.post("/api/hotspots/incidents", vuban, incident(VUBAN, personId,
                "\"2.500\"", "[{\"hotspotId\":\"" + id + "\",\"effect\":\"ERADICATES\"}]")));
        String incidentId = recorded.get("id").asString();
        assertThat(recorded.get("seizures").get(0).get("grams").asString()).isEqualTo("2.500");
        JsonNode eradicated = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> json(gateway.get(path, vuban)),
                        p -> "ERADICATED".equals(p.get("now").get("status").asString()));
        assertThat(eradicated.get("now").get("incidentIds").toString()).contains(incidentId);
        assertThat(eradicated.get("now").get("watched").asBoolean()).isTrue();
        JsonNode last = eradicated.get("history").get(eradicated.get("history").size() - 1);
        assertThat(last.get("eventType").asString()).isEqualTo("HotspotEradicated");
        assertThat(last.toString()).contains("incident:" + incidentId);
        JsonNode arrests = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> json(gateway.get("/api/registry/persons/" + personId, vuban)).get("now").get("arrests"),
                        a -> a != null && !a.isEmpty());
        assertThat(arrests.get(0).get("incidentId").asString()).isEqualTo(incidentId);
        assertThat(arrests.get(0).get("arrestingUnitCode").asString()).isEqualTo(VUBAN);
        assertThat(noticeAbout(personId, gateway.expect(200, gateway.get("/api/registry/notifications?size=200", vuban))))
                .as("an arrest by the managing commune itself is no notice").isNull();
        assertThat(gateway.expect(200, gateway.get("/api/hotspots/map.geojson?status=ERADICATED&text=" + RUN, vuban))
                .get("features")).hasSize(1);
    }

    @Test
    void anArrestByAnotherCommuneReachesTheManagingCommuneAsALineOnThePersonsRecordAndANoticeThroughKafka() {
        String vuban = gateway.token("officer.vuban");
        String trangan = gateway.token("officer.trangan");
        String personId = registerPerson("officer.vuban", "Phùng Văn Tịnh", "Thôn Thượng");
        String person = "/api/registry/persons/" + personId;
        assertProblem(gateway.get(person, trangan), 404, "not-found");

        // bad input to the incident API: 400 naming the field, nothing recorded
        JsonNode badWeight = assertProblem(gateway.post("/api/hotspots/incidents", trangan,
                incident(TRANGAN, personId, "\"1.2345\"", "[]")), 400, "invalid-request");
        assertThat(badWeight.toString()).contains("seizures[0].grams");
        String period = "/api/hotspots/incidents?from=" + YESTERDAY + "&to=" + YESTERDAY + "&size=200";
        List<String> before = ids(gateway.expect(200, gateway.get(period, trangan)).get("items"));

        JsonNode recorded = gateway.expect(201, gateway.post("/api/hotspots/incidents", trangan,
                incident(TRANGAN, personId, "\"0.750\"", "[]")));
        String incidentId = recorded.get("id").asString();
        List<String> after = ids(gateway.expect(200, gateway.get(period, trangan)).get("items"));
        assertThat(after).contains(incidentId).hasSize(before.size() + 1);
        // the incident's details stay in Tràng An's view; the partner has no API here at all
        assertProblem(gateway.get("/api/hotspots/incidents/" + incidentId, vuban), 404, "not-found");
        assertThat(ids(gateway.expect(200, gateway.get(period, vuban)).get("items"))).doesNotContain(incidentId);
        assertProblem(gateway.get("/api/hotspots/incidents/" + incidentId, gateway.partnerToken()), 403, "forbidden");
        gateway.expect(200, gateway.get("/api/hotspots/incidents/" + incidentId, gateway.token("officer.binhluc")));

        // on the person's record for Vũ Bản, through Kafka
        JsonNode arrest = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> json(gateway.get(person, vuban)).get("now").get("arrests"), a -> a != null && !a.isEmpty())
                .get(0);
        assertThat(arrest.get("incidentId").asString()).isEqualTo(incidentId);
        assertThat(arrest.get("arrestingUnitCode").asString()).isEqualTo(TRANGAN);
        assertThat(arrest.get("date").asString()).isEqualTo(YESTERDAY);
        assertThat(arrest.get("outcome").asString()).isEqualTo("PENDING");
        JsonNode history = json(gateway.get(person, vuban)).get("history");
        assertThat(history.get(history.size() - 1).get("eventType").asString()).isEqualTo("PersonArrested");

        // and a notice for Vũ Bản (and its district), without the arrest's details; Tràng An still sees no record
        JsonNode notice = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500)).until(
                () -> noticeAbout(personId, gateway.expect(200, gateway.get("/api/registry/notifications?size=200", vuban))),
                n -> n != null);
        assertThat(notice.get("kind").asString()).isEqualTo("ARREST_OF_MANAGED_PERSON");
        assertThat(notice.get("unitCode").asString()).isEqualTo(VUBAN);
        assertThat(notice.get("arrestingUnitCode").asString()).isEqualTo(TRANGAN);
        assertThat(notice.get("date").asString()).isEqualTo(YESTERDAY);
        assertThat(notice.has("acts")).isFalse();
        assertThat(notice.toString()).doesNotContain("METHAMPHETAMINE", "0.750");
        assertThat(noticeAbout(personId, gateway.expect(200, gateway.get("/api/registry/notifications?size=200",
                gateway.token("officer.binhluc"))))).isNotNull();
        for (String outsider : List.of("officer.trangan", "officer.gsang")) {
            assertThat(noticeAbout(personId, gateway.expect(200, gateway.get("/api/registry/notifications?size=200",
                    gateway.token(outsider))))).as(outsider).isNull();
        }
        assertProblem(gateway.get(person, trangan), 404, "not-found");

        // the outcome follows: prosecuted, the person's arrest says so (the latest word for the suspect wins)
        gateway.expect(200, gateway.post("/api/hotspots/incidents/" + incidentId + "/outcome", trangan, """
                {"kind":"PROSECUTED","caseNumber":"%s/2026/HS","defendants":["s1"],"decidedOn":"%s"}"""
                .formatted(RUN, YESTERDAY)));
        JsonNode prosecuted = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> json(gateway.get(person, vuban)).get("now").get("arrests").get(0),
                        a -> "PROSECUTED".equals(a.get("outcome").asString()));
        assertThat(prosecuted.get("caseNumber").asString()).isEqualTo(RUN + "/2026/HS");
        assertThat(json(gateway.get(person, vuban)).get("now").get("arrests")).hasSize(1);
    }

    @Test
    void aSuspectLivingInAnotherCommuneIsNoticedToThatCommuneThroughKafkaWithoutTheIncident() {
        String vuban = gateway.token("officer.vuban");
        String trangan = gateway.token("officer.trangan");
        String resident = """
                {"occurredAt":"%sT22:10:00+07:00","place":{"road":"Đường %s","village":"Thôn 3","unitCode":"%s"},
                 "suspects":[{"suspectId":"s1","fullName":"Lý Văn Giả %s","birthYear":2005,
                   "residence":{"text":"Thôn Mỹ Duệ, xã Tràng An","provinceCode":"HN","unitCode":"%s"},
                   "acts":["SALE"]}],
                 "seizures":[{"kind":"KETAMINE","grams":"11.357","suspectId":"s1"}]}""";
        // a residence unit that is not in the catalogue is 400 naming it; nothing recorded
        JsonNode bad = assertProblem(gateway.post("/api/hotspots/incidents", vuban,
                resident.formatted(YESTERDAY, RUN, VUBAN, RUN, "HN-BL-NOWHERE")), 400, "invalid-request");
        assertThat(bad.toString()).contains("suspects[0].residence.unitCode");

        String incidentId = gateway.expect(201, gateway.post("/api/hotspots/incidents", vuban,
                resident.formatted(YESTERDAY, RUN, VUBAN, RUN, TRANGAN))).get("id").asString();
        String noticeId = "resident-" + incidentId + "-s1";
        JsonNode notice = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500)).until(
                () -> noticeWithId(noticeId, gateway.expect(200,
                        gateway.get("/api/registry/notifications?size=200", trangan))), n -> n != null);
        assertThat(notice.get("kind").asString()).isEqualTo("ARREST_OF_RESIDENT");
        assertThat(notice.get("unitCode").asString()).isEqualTo(TRANGAN);
        assertThat(notice.get("residentName").asString()).isEqualTo("Lý Văn Giả " + RUN);
        assertThat(notice.get("residentBirthYear").asInt()).isEqualTo(2005);
        assertThat(notice.get("arrestingUnitCode").asString()).isEqualTo(VUBAN);
        assertThat(notice.get("date").asString()).isEqualTo(YESTERDAY);
        assertThat(notice.toString()).doesNotContain("KETAMINE", "11.357", "SALE");
        // Tràng An is told, not shown the incident; Vũ Bản (which knows) and another province see no notice
        assertProblem(gateway.get("/api/hotspots/incidents/" + incidentId, trangan), 404, "not-found");
        for (String outsider : List.of("officer.vuban", "officer.gsang")) {
            assertThat(noticeWithId(noticeId, gateway.expect(200, gateway.get(
                    "/api/registry/notifications?size=200", gateway.token(outsider))))).as(outsider).isNull();
        }
        assertThat(noticeWithId(noticeId, gateway.expect(200, gateway.get("/api/registry/notifications?size=200",
                gateway.token("officer.binhluc"))))).isNotNull();
    }

    private static JsonNode noticeWithId(String id, JsonNode page) {
        for (JsonNode item : page.get("items")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode noticeAbout(String personId, JsonNode page) {
        for (JsonNode item : page.get("items")) {
            if (personId.equals(item.get("personId").asString())) {
                return item;
            }
        }
        return null;
    }

    /** Open SUU_TRA records of category DM1 in Vũ Bản at the end of {@code asOf}, as the district counts them. */
    private static long openDm1SuuTra(String asOf) {
        JsonNode counts = gateway.expect(200, gateway.get("/api/hotspots/surveillance-records/counts?asOf=" + asOf
                + "&unit=" + VUBAN, gateway.token("officer.binhluc")));
        JsonNode dm1 = counts.path("open").path("SUU_TRA").path("byCategory").path("DM1");
        return dm1.isMissingNode() || dm1.isNull() ? 0 : dm1.asLong();
    }

    @Test
    void aSurveillanceRecordIsOpenedCountedAndClosedWithinItsCommuneThroughTheGateway() {
        String vuban = gateway.token("officer.vuban");
        String base = "/api/hotspots/surveillance-records";
        long openBefore = openDm1SuuTra("2024-11-15");
        long afterClosingBefore = openDm1SuuTra("2024-12-15");
        String body = """
                {"kind":"SUU_TRA","subject":{"type":"PERSON","fullName":"Lê Thị Mẫu","birthYear":1990,
                 "residence":"Thôn 1"},"classification":{"category":"DM1","system":"H2","clazz":"A"},
                 "openedOn":"2024-10-01","reason":"Rà soát mới","documentRef":"QĐ %s"}""".formatted(RUN);

        JsonNode bad = assertProblem(gateway.post(base, vuban, body.replace("\"DM1\"", "\"DM9\"")), 400,
                "invalid-request");
        assertThat(bad.toString()).contains("category");
        assertProblem(gateway.post(base, gateway.token("analyst.hanam"), body), 403, "out-of-scope");
        assertThat(openDm1SuuTra("2024-11-15")).as("a refused record is not counted").isEqualTo(openBefore);

        String id = gateway.expect(201, gateway.post(base, vuban, body)).get("id").asString();
        assertThat(openDm1SuuTra("2024-11-15")).isEqualTo(openBefore + 1);
        gateway.expect(200, gateway.get(base + "/" + id, gateway.token("analyst.hanam")));
        assertProblem(gateway.get(base + "/" + id, gateway.token("officer.trangan")), 404, "not-found");
        assertProblem(gateway.get(base + "/" + id, gateway.token("analyst.thainguyen")), 404, "not-found");
        assertProblem(gateway.get(base + "/" + id, gateway.partnerToken()), 403, "forbidden");
        assertProblem(gateway.post(base + "/" + id + "/closing", gateway.token("officer.binhluc"),
                "{\"reason\":\"PROSECUTED\",\"businessDate\":\"2024-12-01\"}"), 403, "out-of-scope");

        JsonNode closed = gateway.expect(200, gateway.post(base + "/" + id + "/closing", vuban,
                "{\"reason\":\"PROSECUTED\",\"businessDate\":\"2024-12-01\",\"documentRef\":\"QĐ 7\"}"));
        assertThat(closed.get("state").get("status").asString()).isEqualTo("CLOSED");
        JsonNode asOf = gateway.expect(200, gateway.get(base + "/" + id + "?asOf=2024-11-15", vuban));
        assertThat(asOf.get("stateAsOf").get("status").asString()).isEqualTo("OPEN");
        assertThat(openDm1SuuTra("2024-11-15")).isEqualTo(openBefore + 1);
        assertThat(openDm1SuuTra("2024-12-15")).isEqualTo(afterClosingBefore);
    }

    @Test
    void hotspotApiDocumentAndSwaggerUiAreServedThroughTheGatewayWithoutAToken() {
        JsonNode openApi = gateway.expect(200, gateway.get("/api/hotspots/openapi", null));
        assertThat(openApi.get("info").get("title").asString()).isEqualTo("drugctl hotspot-service");
        assertThat(openApi.get("paths").propertyNames()).contains("/api/hotspots", "/api/hotspots/{id}",
                "/api/hotspots/map.geojson", "/api/hotspots/{id}/escalations", "/api/hotspots/{id}/eradications",
                "/api/hotspots/incidents", "/api/hotspots/incidents/{id}", "/api/hotspots/surveillance-records");
        assertThat(openApi.get("components").get("securitySchemes").has("bearer-jwt")).isTrue();
        assertThat(openApi.get("servers").get(0).get("url").asString()).as("Try it out goes through the gateway")
                .isEqualTo("/");
        assertThat(gateway.get("/api/hotspots/openapi.yaml", null).body()).contains("drugctl hotspot-service");

        HttpResponse<String> welcome = gateway.get("/api/hotspots/swagger-ui.html", null);
        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(welcome.headers().firstValue("Location")).contains("/api/hotspots/swagger-ui/index.html");
        HttpResponse<String> page = gateway.get("/api/hotspots/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(json(gateway.get("/api/hotspots/openapi/swagger-config", null)).get("url").asString())
                .isEqualTo("/api/hotspots/openapi");

        for (String api : List.of("/api/hotspots", "/api/hotspots/map.geojson", "/api/hotspots/incidents")) {
            assertProblem(gateway.get(api, null), 401, "unauthenticated");
        }
    }
}
