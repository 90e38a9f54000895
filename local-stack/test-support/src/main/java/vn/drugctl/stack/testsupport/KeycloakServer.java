package vn.drugctl.stack.testsupport;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Keycloak 26.7.3 ({@code kc.sh start-dev --import-realm}) as a child process on free ports, with a realm
 * imported fresh at every start ({@code data/h2} is deleted first). Runs on a JDK ≥ 25 ({@link Jdk}); ready when the
 * management port's {@code /health/ready} answers 200. The first start from a newly unpacked distribution builds it
 * (30–60 s), later starts take 10–20 s.
 *
 * <pre>{@code
 * KeycloakServer keycloak = Servers.keycloak();              // shared by the test classes of this JVM
 * String token = keycloak.passwordToken("test-cli", "officer.vuban", "demo");
 * Map<String, Object> claims = KeycloakServer.claims(token); // unit, roles, aud, iss, ...
 * }</pre>
 *
 * <p>Two JVMs cannot run Keycloak from the same folder at once: a JVM that finds the distribution in use (a lock file
 * in it) runs from its own copy under {@link StackPaths#dataDir()}, deleted when it stops.
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String REALM = "drugctl";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ManagedProcess process;
    private final int port;
    private final int managementPort;
    private final Path home;
    private final FileLock lock;
    private final boolean ownCopy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private KeycloakServer(ManagedProcess process, int port, int managementPort, Path home, FileLock lock, boolean ownCopy) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.home = home;
        this.lock = lock;
        this.ownCopy = ownCopy;
    }

    /** Starts Keycloak from {@link StackPaths#keycloakHome()} with {@link StackPaths#realmFile()}. */
    public static KeycloakServer start() {
        return start(StackPaths.keycloakHome(), StackPaths.realmFile());
    }

    /** Starts Keycloak from the distribution in {@code keycloakHome}, importing {@code realmJson}. */
    public static KeycloakServer start(Path keycloakHome, Path realmJson) {
        return start(keycloakHome, realmJson, READY_TIMEOUT);
    }

    public static KeycloakServer start(Path keycloakHome, Path realmJson, Duration readyTimeout) {
        Path distribution = StackPaths.requireFile(keycloakHome.toAbsolutePath().normalize().resolve("bin/kc.sh"),
                "Keycloak distribution").getParent().getParent();
        StackPaths.requireFile(realmJson, "realm file");
        Path home = distribution;
        FileLock lock = tryLock(home);
        boolean ownCopy = false;
        if (lock == null) {
            home = copyDistribution(distribution);
            lock = tryLock(home);
            ownCopy = true;
        }
        try {
            deleteRecursively(home.resolve("data/h2"));
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            try (Stream<Path> old = Files.list(imports)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(realmJson, imports.resolve(realmJson.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException(e);
        }
        int port = ManagedProcess.freePort();
        int management = ManagedProcess.freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", Jdk.home().toString());
        env.put("JAVA", null);
        env.put("JAVA_OPTS", null);
        env.put("JAVA_OPTS_APPEND", null);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KC_HTTP_HOST", "127.0.0.1");
        env.put("KC_HTTP_PORT", String.valueOf(port));
        env.put("KC_HTTP_MANAGEMENT_PORT", String.valueOf(management));
        env.put("KC_HEALTH_ENABLED", "true");
        env.put("KC_HOSTNAME", "http://127.0.0.1:" + port);
        ManagedProcess process = ManagedProcess.start("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm"), env, home,
                StackPaths.logDir().resolve("keycloak-" + port + ".log"));
        KeycloakServer server = new KeycloakServer(process, port, management, home, lock, ownCopy);
        URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
        try {
            process.awaitReady(readyTimeout, () -> server.http.send(
                    HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** {@code http://127.0.0.1:<port>/realms/drugctl}: the {@code iss} of its tokens. */
    public String issuerUri() {
        return baseUri() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    public String adminConsoleUri() {
        return baseUri() + "/admin";
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The distribution folder this server runs from. */
    public Path home() {
        return home;
    }

    public ManagedProcess process() {
        return process;
    }

    /** An access token for a user (password grant; the client must allow direct access grants, e.g. test-cli). */
    public String passwordToken(String clientId, String username, String password) {
        return accessToken(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
    }

    /** An access token for a confidential client's service account (client credentials grant). */
    public String clientCredentialsToken(String clientId, String secret) {
        return accessToken(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * POSTs {@code form} to the token endpoint and returns the whole answer (access_token, refresh_token,
     * expires_in, ...). Fails with Keycloak's answer unless it is 200.
     */
    public Map<String, Object> tokenResponse(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request to " + tokenEndpoint() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return toMap(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String accessToken(Map<String, String> form) {
        return (String) tokenResponse(form).get("access_token");
    }

    /** The claims of a JWT (its payload, base64url-decoded JSON), without checking its signature. */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        return toMap(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(String json) {
        return JSON.readValue(json, Map.class);
    }

    /** Stops Keycloak ({@code kc.sh} and its {@code java}) and waits for both. */
    @Override
    public void close() {
        process.close();
        release(lock);
        if (ownCopy) {
            try {
                deleteRecursively(home);
            } catch (IOException e) {
                // left under target/: cleaned by the next 'mvn clean'
            }
        }
    }

    @Override
    public String toString() {
        return "Keycloak at " + baseUri() + " (management " + managementPort + "), " + process;
    }

    private static FileLock tryLock(Path home) {
        try {
            FileChannel channel = FileChannel.open(home.resolve(".drugctl-in-use.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            // released with the JVM anyway
        }
    }

    private static Path copyDistribution(Path distribution) {
        try {
            Path copy = Files.createTempDirectory(Files.createDirectories(StackPaths.dataDir()), "keycloak-");
            Files.walkFileTree(distribution, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path relative = distribution.relativize(dir);
                    if (relative.toString().equals("data")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(copy.resolve(relative.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.getFileName().toString().equals(".drugctl-in-use.lock")) {
                        Files.copy(file, copy.resolve(distribution.relativize(file).toString()),
                                StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the Keycloak distribution " + distribution, e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
