package vn.drugctl.systemtests.e2e;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Keycloak 26.7.3 (from Maven Central, unpacked by the build) as a child process, started once per
 * test JVM with the realm of {@code config/keycloak/drugctl-realm.json} imported fresh.
 */
final class TestKeycloak {
    private static TestKeycloak shared;

    private final Process process;
    private final int port;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized TestKeycloak shared() {
        if (shared == null) {
            shared = start();
            TestKeycloak started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "keycloak-stop"));
        }
        return shared;
    }

    private static TestKeycloak start() {
        Path root = Path.of(System.getProperty("drugctl.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("drugctl.keycloak.home",
                root.resolve("system-tests/target/keycloak-26.7.3").toString()));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": run the build (./mvnw verify) first");
        }
        try {
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(root.resolve("config/keycloak/drugctl-realm.json"), home.resolve("data/import/drugctl-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            int port = ServiceProcess.freePort();
            int management = ServiceProcess.freePort();
            Path log = root.resolve("system-tests/target/keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.put("KC_HTTP_HOST", "127.0.0.1");
            env.put("KC_HTTP_PORT", String.valueOf(port));
            env.put("KC_HTTP_MANAGEMENT_PORT", String.valueOf(management));
            env.put("KC_HEALTH_ENABLED", "true");
            env.put("KC_HOSTNAME", "http://127.0.0.1:" + port);
            env.put("JAVA_OPTS_APPEND", "-Xms128m -Xmx512m");
            TestKeycloak keycloak = new TestKeycloak(builder.start(), port);
            keycloak.awaitReady(management, log, Duration.ofMinutes(4));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(int management, Path log, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(process, 1, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        throw new IllegalStateException("Keycloak not ready within " + timeout + ": " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/drugctl";
    }

    String passwordToken(String clientId, String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(issuerUri() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.onExit().completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.SECONDS).join();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
