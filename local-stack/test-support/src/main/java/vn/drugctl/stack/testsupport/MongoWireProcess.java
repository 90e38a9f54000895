package vn.drugctl.stack.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MongoDB-compatible server of the local stack ({@code local-stack/target/mongo-wire.jar}: mongo-java-server,
 * oplog off) as a child process, on an H2 file or in memory. A clean stop keeps the H2 file's data for the next start.
 * For tests that need no process boundary, running {@code de.bwaldvogel.mongo.MongoServer} in the test JVM is lighter.
 */
public final class MongoWireProcess implements AutoCloseable {
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final int port;

    private MongoWireProcess(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** On a free port, storing into the H2 file {@code h2File} (created if absent). */
    public static MongoWireProcess start(Path h2File) {
        return start(h2File, ManagedProcess.freePort());
    }

    /** On {@code port}, storing into the H2 file {@code h2File}, or in memory if it is {@code null}. */
    public static MongoWireProcess start(Path h2File, int port) {
        List<String> command = new ArrayList<>(List.of(Jdk.java().toString(), "-Xmx256m", "-jar",
                StackPaths.requireFile(StackPaths.mongoWireJar(), "MongoDB-compatible server jar").toString(),
                "--port=" + port));
        command.add(h2File == null ? "--memory" : "--file=" + h2File.toAbsolutePath().normalize());
        ManagedProcess process = ManagedProcess.start("mongo-wire", command, Map.of(), null,
                StackPaths.logDir().resolve("mongo-wire-" + port + ".log"));
        process.awaitReady(READY_TIMEOUT, () -> process.logContains("listening on") && KafkaBroker.accepts(port));
        return new MongoWireProcess(process, port);
    }

    /** In memory, on a free port. */
    public static MongoWireProcess startInMemory() {
        return start(null, ManagedProcess.freePort());
    }

    /** {@code mongodb://127.0.0.1:<port>} */
    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>}, e.g. for {@code spring.mongodb.uri}. */
    public String uri(String database) {
        return uri() + "/" + database;
    }

    public int port() {
        return port;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Stops the server (SIGTERM: the H2 file is closed cleanly) and waits for it. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "MongoDB-compatible server at " + uri() + ", " + process;
    }
}
