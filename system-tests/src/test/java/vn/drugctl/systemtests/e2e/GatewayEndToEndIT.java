package vn.drugctl.systemtests.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path as a user takes it: a token issued by the real Keycloak, through the real gateway, to each
 * service (child processes from their jars), with Kafka and the MongoDB-wire server behind them.
 */
class GatewayEndToEndIT {
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static PlatformUnderTest platform;

    @BeforeAll
    static void start() {
        platform = PlatformUnderTest.shared();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode jsonOf(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String token(String username) {
        return platform.keycloak().passwordToken("test-cli", username, "demo");
    }

    @Test
    void keycloakTokenReachesEachServiceThroughTheGatewayWhichReturnsTheCallersScope() throws Exception {
        String token = token("officer.vuban");
        for (String service : new String[]{"registry", "hotspots", "reports"}) {
            HttpResponse<String> response = call("GET", "/api/" + service + "/me", token, null);
            assertThat(response.statusCode()).as(() -> service + ": " + response.body() + "\n" + platform.logTails())
                    .isEqualTo(200);
            JsonNode me = jsonOf(response);
            assertThat(me.get("username").asString()).isEqualTo("officer.vuban");
            assertThat(me.get("unit").get("code").asString()).isEqualTo("HN-BL-VUBAN");
            assertThat(me.get("unit").get("name").asString()).isEqualTo("Xã Vũ Bản");
            assertThat(me.get("capture").toString()).isEqualTo("[\"HN-BL-VUBAN\"]");
            assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        }
        JsonNode analyst = jsonOf(call("GET", "/api/registry/me", token("analyst.hanam"), null));
        assertThat(analyst.get("view").toString()).isEqualTo("[\"HN\"]");
        assertThat(analyst.get("capture").size()).isZero();
    }

    @Test
    void partnerProvinceClientCredentialsTokenIsForbiddenOnTheApiAtTheGatewayAndAtEachService() throws Exception {
        String token = platform.keycloak().clientCredentialsToken("exchange-partner-bn", "partner-bn-secret");
        for (String path : new String[]{"/api/registry/me", "/api/reports/me", "/api/hotspots/me", "/api/registry/units",
                "/api/registry/persons?name=nguyen"}) {
            HttpResponse<String> response = call("GET", path, token, null);
            assertThat(response.statusCode()).as(() -> path + ": " + response.body()).isEqualTo(403);
            JsonNode problem = jsonOf(response);
            assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/forbidden");
            assertThat(problem.get("detail").asString()).contains("/exchange/**");
            assertThat(problem.get("correlationId").asString())
                    .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        }
        // defence in depth: a partner token that reaches a service past the gateway gets no further
        assertThat(platform.callService("registry-service", "/api/registry/me", token)).isEqualTo(403);
        assertThat(platform.callService("registry-service", "/api/registry/units", token)).isEqualTo(403);
        assertThat(platform.callService("reporting-service", "/api/reports/me", token)).isEqualTo(403);
        assertThat(platform.callService("hotspot-service", "/api/hotspots/me", token)).isEqualTo(403);
    }

    @Test
    void frameworkErrorsThroughTheGatewayAreProblemsWithTheCorrelationId() throws Exception {
        String token = token("officer.vuban");
        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(
                        URI.create(platform.gatewayUrl() + "/api/registry/persons"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Vũ Thị Lan")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(notJson, 415, "unsupported-media-type");
        assertProblem(call("DELETE", "/api/registry/me", token, null), 405, "method-not-allowed");
        assertProblem(call("GET", "/api/registry/units/HN%2FHN-BL", token, null), 400, "invalid-request");
        assertProblem(call("GET", "/api/registry/nothing-here", token, null), 404, "not-found");
        assertProblem(call("GET", "/nothing-here", token, null), 403, "forbidden");
        // straight to the service, its firewall refuses the encoded slash the same way
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(
                        URI.create(platform.url("registry-service") + "/api/registry/units/HN%2FHN-BL"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(direct, 400, "invalid-request");
    }

    @Test
    void actuatorIsOnTheManagementPortsOnlyAndTheGatewayNeverRoutesIt() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/prometheus"}) {
            assertProblem(call("GET", path, null, null), 404, "not-found");
            assertProblem(call("GET", "/api/registry" + path, token("officer.vuban"), null), 404, "not-found");
        }
        for (String component : new String[]{"gateway", "registry-service", "hotspot-service", "reporting-service"}) {
            HttpResponse<String> apiPort = http.send(HttpRequest.newBuilder(
                    URI.create(platform.url(component) + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(apiPort.statusCode()).as(component + " API port").isEqualTo(404);
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create(platform.managementUrl(component) + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(component + " management port").isEqualTo(200);
            assertThat(jsonOf(health).has("components")).as(component + " health with details").isTrue();
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create(platform.managementUrl(component) + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).as(component).contains("jvm_memory_used_bytes");
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response::body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = jsonOf(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://drugctl.vn/problems/" + type);
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        return problem;
    }

    @Test
    void missingForgedWrongAudienceTokensAre401() throws Exception {
        HttpResponse<String> none = call("GET", "/api/registry/me", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        String real = token("officer.vuban");
        String[] parts = real.split("\\.");
        String forgedPayload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("HN-BL-VUBAN", "HN-BL-ANDO");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes())
                + "." + parts[2];
        assertThat(call("GET", "/api/registry/me", forged, null).statusCode()).isEqualTo(401);

        String otherAudience = platform.keycloak().passwordToken("other-app", "officer.vuban", "demo");
        assertThat(call("GET", "/api/registry/me", otherAudience, null).statusCode()).isEqualTo(401);
        // the services check the token too, not only the gateway
        assertThat(platform.callService("registry-service", "/api/registry/me", otherAudience)).isEqualTo(401);
        assertThat(platform.callService("registry-service", "/api/registry/me", forged)).isEqualTo(401);
    }

    @Test
    void expiredTokenIs401() throws Exception {
        String shortLived = platform.keycloak().passwordToken("test-short-lived", "officer.vuban", "demo");
        assertThat(call("GET", "/api/registry/me", shortLived, null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> call("GET", "/api/registry/me", shortLived, null).statusCode() == 401);
        assertThat(platform.callService("hotspot-service", "/api/hotspots/me", shortLived)).isEqualTo(401);
    }

    @Test
    void communeOfficerAskingForAnotherUnitsDataIs403() throws Exception {
        String vuban = token("officer.vuban");
        HttpResponse<String> write = call("POST", "/api/registry/persons", vuban,
                "{\"fullName\":\"Vũ Thị Lan\",\"birthYear\":1994,\"sex\":\"FEMALE\",\"unitCode\":\"HN-BL-ANDO\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(jsonOf(write).get("type").asString()).isEqualTo("https://drugctl.vn/problems/out-of-scope");

        HttpResponse<String> read = call("GET", "/api/reports/units/HN-BL-ANDO/registry-summary", vuban, null);
        assertThat(read.statusCode()).isEqualTo(403);
    }

    @Test
    void registrationThroughTheGatewayReachesTheReportThroughKafka() throws Exception {
        String trangan = token("officer.trangan");
        HttpResponse<String> created = call("POST", "/api/registry/persons", trangan,
                "{\"fullName\":\"Bùi Văn Hùng\",\"birthYear\":1985,\"sex\":\"MALE\"}");
        assertThat(created.statusCode()).as(() -> created.body() + "\n" + platform.logTails()).isEqualTo(201);
        String id = jsonOf(created).get("id").asString();

        JsonNode read = jsonOf(call("GET", "/api/registry/persons/" + id, token("officer.binhluc"), null));
        assertThat(read.get("details").get("fullName").asString()).isEqualTo("Bùi Văn Hùng");
        // another commune cannot tell the record from one that does not exist
        HttpResponse<String> elsewhere = call("GET", "/api/registry/persons/" + id, token("officer.ando"), null);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(jsonOf(elsewhere).get("detail").asString()).isEqualTo("No person with id " + id + " in your scope");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> summary = call("GET", "/api/reports/units/HN-BL-TRANGAN/registry-summary", trangan, null);
            return summary.statusCode() == 200 && jsonOf(summary).get("people").asLong() >= 1;
        });
    }

    @Test
    void registryApiDocumentAndSwaggerUiAreServedThroughTheGatewayWithoutAToken() throws Exception {
        HttpResponse<String> document = call("GET", "/api/registry/openapi", null, null);
        assertThat(document.statusCode()).as(() -> document.body() + "\n" + platform.logTails()).isEqualTo(200);
        JsonNode openApi = jsonOf(document);
        assertThat(openApi.get("info").get("title").asString()).isEqualTo("drugctl registry-service");
        assertThat(openApi.get("paths").has("/api/registry/persons")).isTrue();
        assertThat(openApi.get("components").get("securitySchemes").has("bearer-jwt")).isTrue();
        assertThat(openApi.get("servers").get(0).get("url").asString()).as("Try it out goes through the gateway")
                .isEqualTo("/");

        HttpResponse<String> welcome = call("GET", "/api/registry/swagger-ui.html", null, null);
        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(welcome.headers().firstValue("Location")).contains("/api/registry/swagger-ui/index.html");
        HttpResponse<String> page = call("GET", "/api/registry/swagger-ui/index.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(call("GET", "/api/registry/swagger-ui/swagger-ui-bundle.js", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> config = call("GET", "/api/registry/openapi/swagger-config", null, null);
        assertThat(jsonOf(config).get("url").asString()).isEqualTo("/api/registry/openapi");

        assertThat(call("GET", "/api/registry/units", null, null).statusCode()).as("the API itself still needs a token")
                .isEqualTo(401);
    }

    @Test
    void unavailableServiceAnswers503ProblemDetailNamingIt() throws Exception {
        HttpResponse<String> response = platform.withHotspotServiceStopped(
                () -> call("GET", "/api/hotspots/me", token("officer.vuban"), null));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("hotspot-service");
    }

    @Test
    void aPersonsLifeInTheRegistryThroughTheGatewayWithRealTokens() throws Exception {
        String vuban = token("officer.vuban");
        String cccd = "035" + "0" + "87" + String.format("%06d", (int) (Math.random() * 1_000_000));
        HttpResponse<String> created = call("POST", "/api/registry/persons", vuban, """
                {"fullName":"Đoàn Văn Thắng","sex":"MALE","birthYear":1987,"cccd":"%s",
                 "permanentResidence":{"village":"Thôn Thượng","unitCode":"HN-BL-VUBAN"},
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}}"""
                .formatted(cccd));
        assertThat(created.statusCode()).as(() -> created.body() + "\n" + platform.logTails()).isEqualTo(201);
        String id = jsonOf(created).get("id").asString();
        String persons = "/api/registry/persons/" + id;

        HttpResponse<String> duplicate = call("POST", "/api/registry/persons", token("officer.trangan"), """
                {"fullName":"Đoàn Văn Thắng","sex":"MALE","birthYear":1987,"cccd":"%s"}""".formatted(cccd));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(jsonOf(duplicate).get("managingUnit").asString()).isEqualTo("HN-BL-VUBAN");

        HttpResponse<String> moved = call("POST", persons + "/list-changes", vuban, """
                {"toList":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2025-03-01","documentRef":"QĐ 9"}""");
        assertThat(moved.statusCode()).as(moved::body).isEqualTo(200);
        assertThat(jsonOf(moved).get("now").get("periodEndsOn").asString()).isEqualTo("2026-03-01");
        HttpResponse<String> forbidden = call("POST", persons + "/list-changes", vuban, """
                {"toList":"POST_REHAB","reason":"RELEASED_FROM_COMPULSORY_REHAB","businessDate":"2025-04-01"}""");
        assertThat(forbidden.statusCode()).isEqualTo(422);
        assertThat(jsonOf(forbidden).get("rule").asString()).isEqualTo("law-73-2021/transition");
        assertThat(call("POST", persons + "/drug-tests", vuban, """
                {"summonsDate":"2025-02-27","testDate":"2025-02-28","sample":"URINE","substances":["HEROIN"],
                 "result":"POSITIVE"}""").statusCode()).isEqualTo(201);
        assertThat(call("POST", persons + "/list-changes", token("officer.binhluc"), """
                {"toList":"ADDICT","reason":"ADDICTION_DETERMINED","businessDate":"2025-05-01"}""").statusCode())
                .isEqualTo(403);

        JsonNode asOf = jsonOf(call("GET", persons + "?asOf=2025-02-01&purpose=kiem%20tra", token("officer.binhluc"),
                null));
        assertThat(asOf.get("now").get("list").asString()).isEqualTo("ILLEGAL_USER");
        assertThat(asOf.get("stateAsOf").get("list").asString()).isEqualTo("SUSPECTED_USER");
        assertThat(asOf.get("history").size()).isEqualTo(4);

        JsonNode found = jsonOf(call("GET", "/api/registry/persons?name=doan%20van%20thang&birthYear=1987",
                token("analyst.hanam"), null));
        assertThat(found.get("items").findValuesAsString("id")).contains(id);
        assertThat(jsonOf(call("GET", "/api/registry/persons?name=doan%20van%20thang", token("analyst.thainguyen"),
                null)).get("total").asLong()).isZero();

        // a change's audit line travels in its write and reaches the trail through the outbox relay within moments
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                call("GET", "/api/registry/audit/persons/" + id, token("officer.binhluc"), null).body())
                .contains("officer.vuban", "officer.binhluc", "kiem tra", "\"action\":\"CHANGE\""));
        assertThat(call("GET", "/api/registry/audit/persons/" + id, token("officer.ando"), null).statusCode())
                .isEqualTo(403);

        HttpResponse<String> openapi = call("GET", "/api/registry/openapi", null, null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/registry/persons/{id}/list-changes", "/api/registry/imports");
    }

    @Test
    void aHotspotsLifeThroughTheGatewayWithRealTokens() throws Exception {
        String vuban = token("officer.vuban");
        String licence = "GCN-E2E-" + (int) (Math.random() * 1_000_000);
        String karaoke = """
                {"kind":"CLUSTER","name":"Karaoke thử nghiệm (giả lập)",
                 "address":{"road":"Đường ĐT 491","village":"Tổ 7","unitCode":"HN-BL-VUBAN",
                            "coordinates":{"lat":20.49,"lon":106.01}},
                 "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke thử nghiệm","licenceNumber":"%s"},
                 "officerInCharge":"Trần Văn Cán Bộ","reason":"REPORTED_BY_PUBLIC","businessDate":"2025-02-01"}"""
                .formatted(licence);
        HttpResponse<String> created = call("POST", "/api/hotspots", vuban, karaoke);
        assertThat(created.statusCode()).as(() -> created.body() + "\n" + platform.logTails()).isEqualTo(201);
        String id = jsonOf(created).get("id").asString();
        String hotspot = "/api/hotspots/" + id;

        assertThat(call("POST", hotspot + "/eradications", token("officer.binhluc"), """
                {"reason":"DISMANTLED_BY_ARREST","businessDate":"2025-03-01","decisionRefs":["QĐ 1"]}""")
                .statusCode()).isEqualTo(403);
        assertThat(call("GET", hotspot, token("officer.trangan"), null).statusCode()).isEqualTo(404);
        HttpResponse<String> eradicated = call("POST", hotspot + "/eradications", vuban, """
                {"reason":"DISMANTLED_BY_ARREST","businessDate":"2025-03-01","decisionRefs":["QĐ 1"]}""");
        assertThat(eradicated.statusCode()).as(eradicated::body).isEqualTo(200);
        HttpResponse<String> refused = call("POST", hotspot + "/escalations", vuban, """
                {"reason":"ACTIVITY_INCREASED","businessDate":"2025-04-01"}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(jsonOf(refused).get("rule").asString()).isEqualTo("guidance-689-2023/step");

        // the same licence reported again: the watched point is shown, then reactivated
        HttpResponse<String> match = call("POST", "/api/hotspots", vuban, karaoke.replace("2025-02-01", "2025-05-01"));
        assertThat(match.statusCode()).isEqualTo(409);
        assertThat(jsonOf(match).get("matches").get(0).get("id").asString()).isEqualTo(id);
        HttpResponse<String> reactivated = call("POST", "/api/hotspots", vuban, karaoke.replace("2025-02-01",
                "2025-05-01").replace("\"businessDate\"", "\"reactivate\":\"" + id + "\",\"businessDate\""));
        assertThat(reactivated.statusCode()).as(reactivated::body).isEqualTo(200);
        assertThat(jsonOf(reactivated).get("now").get("status").asString()).isEqualTo("ACTIVE");

        JsonNode list = jsonOf(call("GET", "/api/hotspots?licensed=KARAOKE&text=thu%20nghiem", token("analyst.hanam"),
                null));
        assertThat(list.get("items").findValuesAsString("id")).contains(id);
        HttpResponse<String> map = call("GET", "/api/hotspots/map.geojson", token("officer.binhluc"), null);
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("\"FeatureCollection\"", id);
        assertThat(jsonOf(call("GET", "/api/hotspots", token("analyst.thainguyen"), null)).get("items")
                .findValuesAsString("id")).doesNotContain(id);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                call("GET", "/api/hotspots/audit/hotspots/" + id, token("officer.binhluc"), null).body())
                .contains("\"action\":\"REGISTER\"", "\"action\":\"DISCLOSE\"", "HotspotReactivated"));
        assertThat(call("GET", "/api/hotspots/openapi", null, null).body()).contains("/api/hotspots/{id}/eradications");
    }

    @Test
    void theAnnualSurveyIsUploadedThroughTheGatewayAndItsProgressFollowed() throws Exception {
        String gsang = token("officer.gsang");
        String csv = "Họ và tên;Giới tính;Năm sinh;Diện quản lý;Ngày vào diện\r\n"
                + "Lã Văn Cường;Nam;1993;SUSPECTED_USER;05/01/2025\r\n"
                + "Lã Thị Mơ;Nữ;1996;Người nghiện ma túy;06/01/2025\r\n"
                + "Lã Văn;Nam;năm;SUSPECTED_USER;05/01/2025\r\n";
        String boundary = "----drugctl" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ra-soat.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(platform.gatewayUrl() + "/api/registry/imports"))
                .header("Authorization", "Bearer " + gsang)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started::body).isEqualTo(202);
        String id = jsonOf(started).get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> jsonOf(call("GET", "/api/registry/imports/" + id, gsang, null)),
                        p -> !p.get("status").asString().matches("QUEUED|RUNNING"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("imported").asInt() + done.get("unchanged").asInt()).isEqualTo(2);
        assertThat(done.get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(call("GET", "/api/registry/imports/" + id, token("officer.vuban"), null).statusCode())
                .isEqualTo(404);
    }
}
