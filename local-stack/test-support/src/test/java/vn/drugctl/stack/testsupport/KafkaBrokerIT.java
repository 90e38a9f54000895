package vn.drugctl.stack.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kafka broker ./platform runs (its own process, KRaft, storage formatted once): a record goes in and out. */
class KafkaBrokerIT {

    @Test
    void aProducedRecordIsConsumedAndKeptAcrossARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        int port;
        int controllerPort;
        String meta;
        try (KafkaBroker broker = KafkaBroker.start(data)) {
            port = broker.port();
            controllerPort = broker.controllerPort();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                RecordMetadata sent = producer.send(new ProducerRecord<>("stack.check", "p-1", "Nguyễn Văn Tuấn"))
                        .get(60, TimeUnit.SECONDS);
                assertThat(sent.offset()).isZero();
            }
            assertThat(consumeAll(broker.bootstrapServers())).containsExactly("p-1=Nguyễn Văn Tuấn");
            meta = Files.readString(data.resolve("logs/meta.properties"));
        }

        // same data folder: not formatted again, the record is still there
        try (KafkaBroker again = KafkaBroker.start(data, port, controllerPort)) {
            assertThat(Files.readString(data.resolve("logs/meta.properties"))).isEqualTo(meta);
            assertThat(consumeAll(again.bootstrapServers())).containsExactly("p-1=Nguyễn Văn Tuấn");
        }
    }

    private static List<String> consumeAll(String bootstrapServers) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("stack.check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
