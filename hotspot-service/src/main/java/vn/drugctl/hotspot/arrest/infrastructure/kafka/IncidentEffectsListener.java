package vn.drugctl.hotspot.arrest.infrastructure.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.IdempotentConsumer;
import vn.drugctl.common.events.ProcessedEvents;
import vn.drugctl.hotspot.arrest.application.ApplyingIncidentEffects;
import vn.drugctl.hotspot.arrest.domain.IncidentEventTypes;
import vn.drugctl.hotspot.arrest.domain.IncidentRecorded;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.IncidentEventCodec;

/**
 * hotspot-service's consumer of its own topic for the hotspot effects of incidents: every {@code IncidentRecorded}
 * with effects is applied to its hotspots ({@link ApplyingIncidentEffects}); every other event of the topic is
 * skipped before the dedup, so it costs no store command. Duplicates are
 * dropped by event id ({@link IdempotentConsumer}, consumer {@value #CONSUMER}); a redelivery that passes the dedup
 * (a crash before the mark) still changes each hotspot once. A handler that throws is retried with backoff and then
 * parked on {@code hotspot.events.v1.DLT} with the reason (the platform's error handler).
 */
public class IncidentEffectsListener {
    public static final String CONSUMER = "hotspot.incident-effects";

    private final IdempotentConsumer consumer;
    private final EventEnvelopes envelopes;
    private final IncidentEventCodec codec;
    private final ApplyingIncidentEffects applying;

    public IncidentEffectsListener(ProcessedEvents processed, EventEnvelopes envelopes, MeterRegistry meters,
                                   IncidentEventCodec codec, ApplyingIncidentEffects applying) {
        this.consumer = new IdempotentConsumer(CONSUMER, processed, envelopes, meters);
        this.envelopes = envelopes;
        this.codec = codec;
        this.applying = applying;
    }

    @KafkaListener(id = CONSUMER, topics = IncidentEventTypes.TOPIC, groupId = "hotspot-service.incident-effects")
    public void on(ConsumerRecord<String, String> record) {
        // only an IncidentRecorded with effects concerns this consumer: the rest of the topic costs no dedup write
        EventEnvelope envelope = envelopes.read(record.value());
        if (!"IncidentRecorded".equals(envelope.eventType())
                || !(codec.contract().codec().fromTree(envelope.eventType(), envelope.payload())
                instanceof IncidentRecorded recorded) || recorded.hotspotEffects().isEmpty()) {
            return;
        }
        consumer.accept(record.value(), handled -> applying.apply(recorded));
    }
}
