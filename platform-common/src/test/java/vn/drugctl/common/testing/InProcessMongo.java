package vn.drugctl.common.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** The MongoDB-wire server (mongo-java-server, memory backend) in this JVM on a free port, once per JVM. */
public final class InProcessMongo {
    private static MongoServer server;
    private static String address;

    private InProcessMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress bound = server.bind();
            address = bound.getAddress().getHostAddress() + ":" + bound.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-test-shutdown"));
        }
        return "mongodb://" + address + "/" + database;
    }
}
