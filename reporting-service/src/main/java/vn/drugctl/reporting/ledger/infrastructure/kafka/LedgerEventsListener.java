package vn.drugctl.reporting.ledger.infrastructure.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.reporting.ledger.application.LedgerProjection;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Feeds the report ledger from the services' topics, a poll at a time ({@link LedgerProjection#apply}): group
 * {@value #GROUP}, listener {@value #LISTENER}, acknowledged after the batch is stored.
 *
 * <p>Which aggregate an event belongs to: {@link #kind}; the id is the envelope's {@code aggregateId}. A record
 * that is not an envelope, has no {@code businessDate} or another schema version is parked at once in
 * {@code <topic>.DLT} with the reason (header {@code kafka_dlt-exception-message}, as the platform's error handler
 * writes it) and the batch goes on. A storage failure
 * fails the whole batch, which the container retries until it passes: no event is skipped because a store was down.
 *
 * <p>Metrics: {@code drugctl.reporting.ledger.events{outcome=projected|duplicate|parked|ignored}},
 * {@code drugctl.reporting.ledger.batch} (events per poll), {@code drugctl.reporting.ledger.delay} (from the event's
 * {@code recordedAt} to its projection: the event-to-report delay; p50/p95/p99 and cumulative buckets at 0.1 s to
 * 5 min, so a benchmark can diff them over a phase); consumer lag is the Kafka client's
 * {@code kafka.consumer.fetch.manager.records.lag.max}.
 */
public class LedgerEventsListener {
    public static final String LISTENER = "reporting.ledger";
    public static final String GROUP = "reporting-ledger";
    public static final String REGISTRY_TOPIC = "registry.events.v1";
    public static final String HOTSPOT_TOPIC = "hotspot.events.v1";
    private static final Logger log = LoggerFactory.getLogger(LedgerEventsListener.class);

    private final LedgerProjection projection;
    private final EventEnvelopes envelopes;
    private final JsonMapper json;
    private final KafkaTemplate<String, String> deadLetters;
    private final Clock clock;
    private final Counter projected;
    private final Counter duplicates;
    private final Counter parked;
    private final Counter ignored;
    private final DistributionSummary batchSize;
    private final Timer delay;

    public LedgerEventsListener(LedgerProjection projection, EventEnvelopes envelopes, JsonMapper json,
                                KafkaTemplate<String, String> deadLetters, Clock clock, MeterRegistry meters) {
        this.projection = projection;
        this.envelopes = envelopes;
        this.json = json;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.projected = meters.counter("drugctl.reporting.ledger.events", "outcome", "projected");
        this.duplicates = meters.counter("drugctl.reporting.ledger.events", "outcome", "duplicate");
        this.parked = meters.counter("drugctl.reporting.ledger.events", "outcome", "parked");
        this.ignored = meters.counter("drugctl.reporting.ledger.events", "outcome", "ignored");
        this.batchSize = DistributionSummary.builder("drugctl.reporting.ledger.batch").register(meters);
        this.delay = Timer.builder("drugctl.reporting.ledger.delay").publishPercentiles(0.5, 0.95, 0.99)
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5))
                .register(meters);
    }

    @KafkaListener(id = LISTENER, topics = {REGISTRY_TOPIC, HOTSPOT_TOPIC}, groupId = GROUP, batch = "true",
            containerFactory = "ledgerListenerFactory", autoStartup = "${drugctl.reporting.ledger.enabled:true}")
    public void on(List<ConsumerRecord<String, String>> records) {
        List<LedgerProjection.Incoming> batch = new ArrayList<>(records.size());
        List<EventEnvelope> read = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventEnvelope envelope = envelopes.read(record.value());
                String kind = kind(record.topic(), envelope.eventType());
                if (kind == null) {
                    ignored.increment();
                    continue;
                }
                batch.add(incoming(kind, envelope));
                read.add(envelope);
            } catch (RuntimeException e) {
                park(record, e);
            }
        }
        batchSize.record(records.size());
        if (batch.isEmpty()) {
            return;
        }
        int fresh = projection.apply(batch);
        projected.increment(fresh);
        duplicates.increment(batch.size() - fresh);
        var now = clock.instant();
        read.forEach(e -> delay.record(Duration.between(e.recordedAt(), now)));
    }

    /**
     * The aggregate kind an event belongs to: on the registry's topic, a person; on hotspot-service's, a hotspot, an
     * incident or a surveillance record by the event type's name ({@code null}: a type no report reads).
     */
    static String kind(String topic, String eventType) {
        return switch (topic) {
            case REGISTRY_TOPIC -> "person";
            case HOTSPOT_TOPIC -> eventType.startsWith("Hotspot") ? "hotspot"
                    : eventType.startsWith("Incident") || eventType.equals("SuspectArrested")
                    || eventType.equals("ResidentArrested") ? "incident"
                    : eventType.startsWith("Surveillance") ? "surveillance" : null;
            default -> throw new IllegalArgumentException("no aggregate kind for topic " + topic);
        };
    }

    private LedgerProjection.Incoming incoming(String kind, EventEnvelope e) {
        if (e.schemaVersion() != 1) {
            throw new IllegalArgumentException(e.eventType() + " has schema version " + e.schemaVersion()
                    + "; the report ledger reads version 1");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = json.convertValue(e.payload(), Map.class);
        Object date = payload == null ? null : payload.get("businessDate");
        if (date == null) {
            throw new IllegalArgumentException(e.eventType() + " " + e.eventId() + " has no businessDate");
        }
        return new LedgerProjection.Incoming(kind, e.aggregateId(), new ProjectedEvent(e.eventId(), e.eventType(),
                e.schemaVersion(), e.sequence(), e.unitCode(), e.unitPath(), LocalDate.parse(date.toString()),
                payload));
    }

    private void park(ConsumerRecord<String, String> record, RuntimeException reason) {
        parked.increment();
        log.warn("{} record at {}-{}@{} parked: {}", LISTENER, record.topic(), record.partition(), record.offset(),
                reason.getMessage());
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + ".DLT", record.key(),
                record.value());
        dead.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        deadLetters.send(dead).join();
    }
}
