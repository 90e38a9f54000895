package vn.drugctl.stack.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB-compatible server (MongoDB wire protocol, H2 file storage). Production and
 * docker-compose use a real MongoDB replica set; this stands in where no mongod can be installed.
 *
 * <p>Arguments: {@code --port=27017 --file=/path/data.mv} (or {@code --memory}), {@code --host=127.0.0.1}, and
 * {@code --oplog} to turn the oplog on (change streams then work). It is off by default: nothing of the platform
 * follows a change stream, and the stand-in's oplog is a collection that keeps a copy of every write forever (an
 * insert copies the whole document) and that a change stream reads in full on every poll; with it on, every write
 * of the registry cost the server a second insert. On SIGTERM the server stops and the H2 file is closed cleanly,
 * so its data survives a restart.
 */
public final class MongoWireServer {
    /** The start of the line printed on standard output once the server accepts connections. */
    public static final String READY = "MongoDB-compatible server";

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String host = "127.0.0.1";
        int port = 27017;
        String file = null;
        boolean oplog = false;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("--file=")) {
                file = arg.substring(7);
            } else if (arg.startsWith("--host=")) {
                host = arg.substring(7);
            } else if (arg.equals("--oplog")) {
                oplog = true;
            } else if (!arg.equals("--memory")) {
                System.err.println("Unknown argument " + arg + "; use --port=N --file=PATH|--memory --host=H [--oplog]");
                System.exit(2);
            }
        }
        MongoBackend backend;
        if (file != null) {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            Files.createDirectories(parent);
            backend = new IdFirstH2Backend(file);
        } else {
            backend = new MemoryBackend();
        }
        MongoServer server = new MongoServer(backend);
        if (oplog) {
            server.enableOplog();
        }
        server.bind(host, port);
        System.out.printf("%s (%s, oplog %s) listening on %s:%d after %d ms%n", READY,
                file == null ? "memory" : "H2 file " + file, oplog ? "on" : "off", host, port,
                (System.nanoTime() - start) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            backend.close();
            System.out.println("MongoDB-compatible server stopped");
            stopped.countDown();
        }, "mongo-wire-shutdown"));
        stopped.await();
    }
}
