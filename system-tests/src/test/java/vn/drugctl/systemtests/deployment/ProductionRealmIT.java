package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production realm in the real Keycloak 26.7.3 started in production mode ({@code kc.sh start --import-realm},
 * not {@code start-dev}), as docker-compose.yml starts it: the import resolves the {@code ${DRUGCTL_WEB_ORIGIN}}
 * placeholder from the environment, leaves no user and refuses the password grant; and
 * {@code config/keycloak/add-exchange-partner.sh}, run with the distribution's kcadm.sh, creates a partner whose
 * client-credentials token carries what the gateway checks (role EXCHANGE_PARTNER, its unit, audience drugctl-api),
 * and refuses to create it twice.
 *
 * <p>Runs from its own copy of the distribution ({@code system-tests/target/keycloak-prod}, made once, data
 * folder excluded): production mode rebuilds the server, which must not touch the copy the end-to-end tests run in
 * development mode. About 60-90 s, most of it Keycloak's build and start and the kcadm.sh calls.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionRealmIT {
    static final Path ROOT = DockerComposeFileTest.ROOT;
    static final String WEB_ORIGIN = "https://drugctl.it.example.invalid";
    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = "it-admin-password";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Path home;
    static Process keycloak;
    static String baseUrl;

    @BeforeAll
    static void startKeycloakInProductionMode() throws IOException {
        Path distribution = ROOT.resolve("system-tests/target/keycloak-26.7.3");
        if (!Files.isExecutable(distribution.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution + ": run the build (./mvnw verify) first");
        }
        home = ROOT.resolve("system-tests/target/keycloak-prod");
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            copy(distribution, home);
        }
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(ProductionRealmTest.PROD, home.resolve("data/import/drugctl-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        int management = freePort();
        baseUrl = "http://127.0.0.1:" + port;
        Path log = ROOT.resolve("system-tests/target/keycloak-prod.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start", "--import-realm")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_APPEND", "-Xms128m -Xmx512m");
        env.put("KC_DB", "dev-file");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KC_HTTP_ENABLED", "true");
        env.put("KC_HTTP_HOST", "127.0.0.1");
        env.put("KC_HTTP_PORT", String.valueOf(port));
        env.put("KC_HTTP_MANAGEMENT_PORT", String.valueOf(management));
        env.put("KC_HTTP_MANAGEMENT_SCHEME", "http");
        env.put("KC_HEALTH_ENABLED", "true");
        env.put("KC_HOSTNAME", baseUrl);
        env.put("DRUGCTL_WEB_ORIGIN", WEB_ORIGIN);
        keycloak = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
        await("Keycloak ready (log: " + log + ")").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!keycloak.isAlive()) {
                        throw new IllegalStateException("Keycloak exited: " + tail(log));
                    }
                    try {
                        return HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            keycloak.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
            keycloak.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void theImportedRealmHasNoUserResolvesTheWebOriginAndRefusesThePasswordGrant() throws Exception {
        String admin = adminToken();
        JsonNode realm = get("/admin/realms/drugctl", admin);
        assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(get("/admin/realms/drugctl/users/count", admin).asInt()).isZero();
        JsonNode web = get("/admin/realms/drugctl/clients?clientId=web", admin).get(0);
        assertThat(web.path("redirectUris").get(0).asString()).isEqualTo(WEB_ORIGIN + "/*");
        assertThat(web.path("webOrigins").get(0).asString()).isEqualTo(WEB_ORIGIN);
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(get("/admin/realms/drugctl/clients?clientId=test-cli", admin).isEmpty()).isTrue();

        HttpResponse<String> passwordGrant = token(Map.of("grant_type", "password", "client_id", "web",
                "username", "officer.vuban", "password", "demo"));
        assertThat(passwordGrant.statusCode()).isIn(400, 401);
        assertThat(JSON.readTree(passwordGrant.body()).path("error").asString()).isEqualTo("unauthorized_client");
        HttpResponse<String> testClient = token(Map.of("grant_type", "password", "client_id", "test-cli",
                "username", "officer.vuban", "password", "demo"));
        assertThat(testClient.statusCode()).isIn(400, 401);
        assertThat(JSON.readTree(testClient.body()).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    @Order(2)
    void thePartnerScriptCreatesAClientCredentialsPartnerOnceWithTheClaimsTheGatewayChecks() throws Exception {
        ScriptRun created = addPartner("exchange-partner-it", "PARTNER-IT");
        assertThat(created.exitCode()).as(created.output()).isZero();
        String secret = created.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

        HttpResponse<String> response = token(Map.of("grant_type", "client_credentials", "client_id", "exchange-partner-it",
                "client_secret", secret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(response.body()).path("access_token").asString());
        assertThat(claims.path("azp").asString()).isEqualTo("exchange-partner-it");
        assertThat(claims.path("unit").asString()).isEqualTo("PARTNER-IT");
        assertThat(claims.path("roles").toString()).contains("\"EXCHANGE_PARTNER\"").doesNotContain("ADMIN")
                .doesNotContain("OFFICER").doesNotContain("ANALYST");
        assertThat(claims.path("aud").toString()).contains("\"drugctl-api\"");
        assertThat(claims.path("iss").asString()).isEqualTo(baseUrl + "/realms/drugctl");

        HttpResponse<String> passwordGrant = token(Map.of("grant_type", "password", "client_id", "exchange-partner-it",
                "client_secret", secret, "username", "service-account-exchange-partner-it", "password", secret));
        assertThat(JSON.readTree(passwordGrant.body()).path("error").asString()).isEqualTo("unauthorized_client");

        ScriptRun again = addPartner("exchange-partner-it", "PARTNER-IT");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("exists already");
        assertThat(get("/admin/realms/drugctl/clients?clientId=exchange-partner-it", adminToken()).size()).isEqualTo(1);

        ScriptRun badUnit = addPartner("exchange-partner-bad", "partner lowercase");
        assertThat(badUnit.exitCode()).isEqualTo(2);
        assertThat(get("/admin/realms/drugctl/clients?clientId=exchange-partner-bad", adminToken()).isEmpty()).isTrue();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    record ScriptRun(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    private static ScriptRun addPartner(String clientId, String unit) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("add-partner", ".out");
        Path stderr = Files.createTempFile("add-partner", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("config/keycloak/add-exchange-partner.sh").toString(),
                clientId, unit).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KCADM", home.resolve("bin/kcadm.sh").toString());
        env.put("KEYCLOAK_URL", baseUrl);
        env.put("KEYCLOAK_ADMIN", ADMIN);
        env.put("KEYCLOAK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("add-exchange-partner.sh did not finish within 3 minutes");
        }
        try {
            return new ScriptRun(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", ADMIN, "password", ADMIN_PASSWORD)))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> token(Map<String, String> form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/drugctl/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    private static JsonNode get(String path, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + bearer).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Copies the distribution without its data folder (the end-to-end tests' H2 database and imports). */
    private static void copy(Path from, Path to) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        deleteRecursively(partial);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(f -> !from.relativize(f).startsWith("data")).toList()) {
                Path target = partial.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
