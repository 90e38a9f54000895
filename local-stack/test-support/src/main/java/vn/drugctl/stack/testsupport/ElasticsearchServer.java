package vn.drugctl.stack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Elasticsearch 9.5.3 node (the home built by {@code local-stack/elasticsearch-node}) as a child process on
 * free ports, with the JVM flags of INFRA.md. Ready when {@code GET /} answers 200.
 *
 * <pre>{@code
 * try (ElasticsearchServer es = ElasticsearchServer.start(StackPaths.esHome(), dataDir)) {
 *     URI uri = es.httpUri();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * Limits of this node (no Painless, no delete-by-query, no zstd codecs, only the {@code asciifolding} filter of
 * analysis-common): see INFRA.md.
 */
public final class ElasticsearchServer implements AutoCloseable {
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String LAUNCHER = "vn.drugctl.stack.elasticsearch.ElasticsearchNode";

    private final ManagedProcess process;
    private final int port;
    private final int transportPort;

    private ElasticsearchServer(ManagedProcess process, int port, int transportPort) {
        this.process = process;
        this.port = port;
        this.transportPort = transportPort;
    }

    /** Starts a node from the default home ({@link StackPaths#esHome()}) with its data in {@code dataDir}. */
    public static ElasticsearchServer start(Path dataDir) {
        return start(StackPaths.esHome(), dataDir);
    }

    /** Starts a node from {@code esHome} with its data, logs and temporary files under {@code dataDir}. */
    public static ElasticsearchServer start(Path esHome, Path dataDir) {
        Path home = StackPaths.requireFile(esHome.toAbsolutePath().normalize().resolve("lib"), "Elasticsearch home").getParent();
        Path data = dataDir.toAbsolutePath().normalize();
        int port = ManagedProcess.freePort();
        int transportPort = ManagedProcess.freePort();
        try {
            Files.createDirectories(data.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(Jdk.java().toString(),
                "-Xms256m", "-Xmx256m", "-XX:+UseG1GC",
                "-Des.path.home=" + home, "-Djava.io.tmpdir=" + data.resolve("tmp"),
                "-Dfile.encoding=UTF-8", "-Djava.locale.providers=CLDR",
                "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
                "-Dio.netty.recycler.maxCapacityPerThread=0",
                "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true", "-Dlog4j2.formatMsgNoLookups=true",
                "--enable-native-access=ALL-UNNAMED",
                "-cp", home.resolve("lib") + "/*", LAUNCHER, home.toString(),
                "--http.port=" + port, "--transport.port=" + transportPort,
                "--path.data=" + data.resolve("data"), "--path.logs=" + data.resolve("logs"));
        ManagedProcess process = ManagedProcess.start("elasticsearch", command, Map.of("ES_JAVA_OPTS", ""),
                data, StackPaths.logDir().resolve("elasticsearch-" + port + ".log"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        process.awaitReady(READY_TIMEOUT, () -> http.send(HttpRequest.newBuilder(root).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return new ElasticsearchServer(process, port, transportPort);
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public int transportPort() {
        return transportPort;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Stops the node (SIGTERM: the node closes its indices) and waits for it. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "Elasticsearch at " + httpUri() + ", " + process;
    }
}
