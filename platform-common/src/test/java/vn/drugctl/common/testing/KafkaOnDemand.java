package vn.drugctl.common.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real KRaft Kafka broker in this JVM whose address is fixed before it runs, so an application can be
 * started while the broker is still down and the broker brought up (or stopped) later.
 */
public final class KafkaOnDemand implements AutoCloseable {
    private final int port;
    private EmbeddedKafkaKraftBroker broker;

    public KafkaOnDemand() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaOnDemand start(String... topics) {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3, topics).kafkaPorts(port);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
        }
        return this;
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    public synchronized void stop() {
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
