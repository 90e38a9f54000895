package vn.drugctl.reporting.registrysummary;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.IdempotentConsumer;
import vn.drugctl.common.events.ProcessedEvents;

/** Feeds the registry projection from {@code registry.events.v1}; duplicates are dropped by event id. */
@Component
public class RegistryEventsListener {
    public static final String CONSUMER = "reporting.registry-projection";

    private final IdempotentConsumer consumer;
    private final RegistryProjection projection;

    public RegistryEventsListener(ProcessedEvents processed, EventEnvelopes envelopes, MeterRegistry meters,
                                  RegistryProjection projection) {
        this.consumer = new IdempotentConsumer(CONSUMER, processed, envelopes, meters);
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = "registry.events.v1", groupId = "reporting-service")
    public void on(ConsumerRecord<String, String> record) {
        consumer.accept(record.value(), projection::apply);
    }
}
