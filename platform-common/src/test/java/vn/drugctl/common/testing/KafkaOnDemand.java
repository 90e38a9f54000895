package vn.drugctl.common.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, combined broker and controller) in this JVM on ports fixed up front, so an
 * application can be started while the broker is down, and the broker stopped and started again on the same
 * address and data.
 */
public final class KafkaOnDemand implements AutoCloseable {
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Properties properties = new Properties();
    private KafkaRaftServer server;

    public KafkaOnDemand() {
        this.port = freePort();
        this.controllerPort = freePort();
        try {
            this.dataDir = Files.createTempDirectory("kafka-on-demand");
            Runtime.getRuntime().addShutdownHook(new Thread(this::deleteData, "kafka-on-demand-cleanup"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true")));
        format();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) and creates the topics that do not exist yet. */
    public synchronized KafkaOnDemand start(String... topics) {
        if (server == null) {
            server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
            server.startup();
        }
        if (topics.length > 0) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
                var existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
                var missing = Arrays.stream(topics).filter(t -> !existing.contains(t))
                        .map(t -> new NewTopic(t, 3, (short) 1)).toList();
                for (var result : admin.createTopics(missing).values().values()) {
                    try {
                        result.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        // a client may have auto-created it meanwhile (auto.create.topics.enable): that is fine
                        if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("Could not create topics " + Arrays.toString(topics), e);
            }
        }
        return this;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker; its data stays, so {@link #start} brings the same topics and offsets back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void deleteData() {
        stop();
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + ".properties"));
        } catch (IOException | RuntimeException e) {
            // best effort: a temp folder left behind is harmless
        }
    }

    private void format() {
        try {
            Path config = dataDir.resolveSibling(dataDir.getFileName() + ".properties");
            try (Writer writer = Files.newBufferedWriter(config)) {
                properties.store(writer, "KafkaOnDemand");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[]{"format", "--standalone", "--ignore-formatted",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, new PrintStream(out, true));
            if (status != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
