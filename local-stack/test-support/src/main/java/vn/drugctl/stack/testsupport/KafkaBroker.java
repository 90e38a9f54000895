package vn.drugctl.stack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The real Kafka 4.1.2 broker of the local stack (KRaft, combined broker and controller, one node) as a child
 * process, from the class path built by {@code local-stack/kafka-broker}: the storage is formatted once
 * ({@code kafka.tools.StorageTool format --standalone}), then {@code kafka.Kafka} runs. Ready when its log says
 * "Kafka Server started". Data in {@code dataDir} survives a restart on the same folder.
 *
 * <p>For tests inside one JVM, {@code spring-kafka-test}'s {@code @EmbeddedKafka} is lighter; this is the broker
 * {@code ./platform} runs.
 */
public final class KafkaBroker implements AutoCloseable {
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    public static final String READY = "Kafka Server started";

    private final ManagedProcess process;
    private final int port;
    private final int controllerPort;

    private KafkaBroker(ManagedProcess process, int port, int controllerPort) {
        this.process = process;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker on free ports with its data in {@code dataDir}. */
    public static KafkaBroker start(Path dataDir) {
        return start(dataDir, ManagedProcess.freePort(), ManagedProcess.freePort());
    }

    /** Starts a broker on the given client and controller ports with its data in {@code dataDir}. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        String classpath = read(StackPaths.requireFile(StackPaths.kafkaClasspathFile(), "Kafka class path")).strip();
        Path config = StackPaths.kafkaConfigDir();
        Path data = dataDir.toAbsolutePath().normalize();
        Path logDirs = data.resolve("logs");
        Path properties = data.resolve("server.properties");
        String java = Jdk.java().toString();
        try {
            Files.createDirectories(data);
            Files.writeString(properties, read(StackPaths.requireFile(config.resolve("server.properties"),
                            "Kafka server.properties template"))
                    .replace("@KAFKA_PORT@", String.valueOf(port))
                    .replace("@CONTROLLER_PORT@", String.valueOf(controllerPort))
                    .replace("@LOG_DIRS@", logDirs.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path logDir = StackPaths.logDir();
        Map<String, String> env = Map.of();
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            try (ManagedProcess format = ManagedProcess.start("kafka-format", List.of(java, "-Xmx256m", "-cp", classpath,
                            "-Dlog4j2.configurationFile=" + config.resolve("log4j2.xml"),
                            "kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
                            "-t", clusterId(), "-c", properties.toString()),
                    env, data, logDir.resolve("kafka-format-" + port + ".log"))) {
                int exit = format.awaitExit(READY_TIMEOUT);
                if (exit != 0 || !Files.exists(logDirs.resolve("meta.properties"))) {
                    throw new IllegalStateException("Formatting the Kafka storage failed:\n" + format.tail(30));
                }
            }
        }
        ManagedProcess process = ManagedProcess.start("kafka", List.of(java, "-Xms256m", "-Xmx512m", "-cp", classpath,
                        "-Dlog4j2.configurationFile=" + config.resolve("log4j2.xml"), "kafka.Kafka", properties.toString()),
                env, data, logDir.resolve("kafka-" + port + ".log"));
        process.awaitReady(READY_TIMEOUT, () -> process.logContains(READY) && accepts(port));
        return new KafkaBroker(process, port, controllerPort);
    }

    /** A new cluster id as Kafka makes them: 16 random bytes, base64url without padding, not starting with '-'. */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    /** {@code 127.0.0.1:<port>} */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Stops the broker (SIGTERM: a controlled shutdown) and waits for it. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers() + ", " + process;
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
