package vn.drugctl.stack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The servers shared by every test class of one test JVM: each starts on first use, from the default paths
 * ({@link StackPaths}), and stops when the JVM exits (its data, in a fresh folder under
 * {@link StackPaths#dataDir()}, is then deleted). Several test classes of a module thus reuse one Keycloak.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void keycloak(DynamicPropertyRegistry registry) {
 *     registry.add("drugctl.security.issuer-uri", () -> Servers.keycloak().issuerUri());
 * }
 * }</pre>
 *
 * A start that fails throws {@link IllegalStateException} with the end of the server's log; the next call tries again.
 */
public final class Servers {
    private static KeycloakServer keycloak;
    private static ElasticsearchServer elasticsearch;
    private static KafkaBroker kafka;
    private static MongoWireProcess mongo;
    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();
    private static final Deque<Path> DATA = new ArrayDeque<>();
    private static boolean hookInstalled;

    private Servers() {
    }

    /** Keycloak with the realm {@code config/keycloak/drugctl-realm.json} freshly imported. */
    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            keycloak = started(KeycloakServer.start());
        }
        return keycloak;
    }

    /** An Elasticsearch node with empty data. */
    public static synchronized ElasticsearchServer elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = started(ElasticsearchServer.start(newDataDir("elasticsearch-")));
        }
        return elasticsearch;
    }

    /** A Kafka broker (separate process) with empty data. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = started(KafkaBroker.start(newDataDir("kafka-")));
        }
        return kafka;
    }

    /** The MongoDB-compatible server (separate process), in memory. */
    public static synchronized MongoWireProcess mongo() {
        if (mongo == null) {
            mongo = started(MongoWireProcess.startInMemory());
        }
        return mongo;
    }

    private static <T extends AutoCloseable> T started(T server) {
        STARTED.push(server);
        installHook();
        return server;
    }

    private static Path newDataDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(StackPaths.dataDir()), prefix);
            DATA.push(dir);
            installHook();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(Servers::stopAll, "drugctl-servers-stop"));
            hookInstalled = true;
        }
    }

    private static synchronized void stopAll() {
        while (!STARTED.isEmpty()) {
            try {
                STARTED.pop().close();
            } catch (Exception e) {
                // stopping the others matters more
            }
        }
        while (!DATA.isEmpty()) {
            try {
                KeycloakServer.deleteRecursively(DATA.pop());
            } catch (IOException e) {
                // left under target/
            }
        }
    }
}
