package vn.drugctl.stack.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build puts the local stack's servers, and where tests write their logs and data.
 *
 * <p>The repository root is the system property {@code drugctl.root} (set by the root pom for Surefire and Failsafe),
 * else the environment variable {@code DRUGCTL_ROOT}, else the nearest folder above the working directory holding
 * {@code config/keycloak/drugctl-realm.json}. Each path below can be overridden by the system property named in its
 * description.
 */
public final class StackPaths {
    public static final String KEYCLOAK_VERSION = "26.7.3";
    private static final String REALM = "config/keycloak/drugctl-realm.json";

    private StackPaths() {
    }

    /** The repository root. */
    public static Path root() {
        String configured = System.getProperty("drugctl.root");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("DRUGCTL_ROOT");
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the drugctl repository root: set the system property drugctl.root");
    }

    /** {@code local-stack/target}: everything the local-stack modules build. */
    public static Path localStackTarget() {
        return root().resolve("local-stack/target");
    }

    /** The unpacked Keycloak distribution ({@code drugctl.keycloak.home}). */
    public static Path keycloakHome() {
        return override("drugctl.keycloak.home", localStackTarget().resolve("keycloak-" + KEYCLOAK_VERSION));
    }

    /** The Elasticsearch node home ({@code drugctl.es.home}). */
    public static Path esHome() {
        return override("drugctl.es.home", localStackTarget().resolve("es-home"));
    }

    /** The realm imported into Keycloak ({@code drugctl.realm.file}). */
    public static Path realmFile() {
        return override("drugctl.realm.file", root().resolve(REALM));
    }

    /** The Kafka broker's class path, one line of jar paths separated by the path separator. */
    public static Path kafkaClasspathFile() {
        return localStackTarget().resolve("kafka.classpath");
    }

    /** {@code log4j2.xml} and the {@code server.properties} template of the Kafka broker. */
    public static Path kafkaConfigDir() {
        return localStackTarget().resolve("kafka");
    }

    /** The runnable jar of the MongoDB-compatible server. */
    public static Path mongoWireJar() {
        return localStackTarget().resolve("mongo-wire.jar");
    }

    /** Where the servers started by tests log ({@code drugctl.stack.logs}; default {@code target/stack-logs}). */
    public static Path logDir() {
        return override("drugctl.stack.logs", Path.of("target", "stack-logs"));
    }

    /** Where the servers started by {@link Servers} keep their data ({@code drugctl.stack.data}). */
    public static Path dataDir() {
        return override("drugctl.stack.data", Path.of("target", "stack-data"));
    }

    static Path requireFile(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("No " + what + " at " + path
                    + ": build the local stack first (./mvnw -DskipTests install -pl local-stack/test-support -am)");
        }
        return path;
    }

    private static Path override(String property, Path fallback) {
        String value = System.getProperty(property);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }
}
