package vn.drugctl.stack.testsupport;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.io.Reader;

/**
 * The JDK the servers run on: at least {@value #MINIMUM} (Keycloak and Elasticsearch need 21+, the services 25).
 * The test JVM's own when it is new enough (Surefire and Failsafe run on JDK 25 through the toolchain), else
 * {@code JAVA_HOME}, else the newest under {@code /usr/lib/jvm}.
 */
public final class Jdk {
    public static final int MINIMUM = 25;

    private Jdk() {
    }

    /** The home folder of a JDK ≥ {@value #MINIMUM}. */
    public static Path home() {
        if (Runtime.version().feature() >= MINIMUM) {
            return Path.of(System.getProperty("java.home"));
        }
        List<Path> candidates = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jvms)) {
                List<Path> found = new ArrayList<>();
                dirs.forEach(found::add);
                found.sort((a, b) -> Integer.compare(feature(b), feature(a)));
                candidates.addAll(found);
            } catch (IOException e) {
                // nothing there
            }
        }
        for (Path candidate : candidates) {
            if (feature(candidate) >= MINIMUM && Files.isExecutable(candidate.resolve("bin/java"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("A JDK " + MINIMUM + " or newer is needed; none found in JAVA_HOME or /usr/lib/jvm");
    }

    /** {@code bin/java} of {@link #home()}. */
    public static Path java() {
        return home().resolve("bin/java");
    }

    private static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException e) {
            return -1;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
