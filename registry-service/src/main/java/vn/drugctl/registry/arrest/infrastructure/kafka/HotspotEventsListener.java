package vn.drugctl.registry.arrest.infrastructure.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.IdempotentConsumer;
import vn.drugctl.common.events.MalformedEventException;
import vn.drugctl.common.events.ProcessedEvents;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.registry.arrest.application.ArrestReport;
import vn.drugctl.registry.arrest.application.InvalidArrestReport;
import vn.drugctl.registry.arrest.application.NotifyingResidentArrests;
import vn.drugctl.registry.arrest.application.RecordingArrests;
import vn.drugctl.registry.arrest.application.ResidentArrestReport;

import java.time.LocalDate;
import java.util.List;

/**
 * Takes hotspot-service's arrests (topic {@value #TOPIC}, group {@code registry-service}) into the registry: each
 * {@code SuspectArrested} becomes a {@code PersonArrested} in the person's history ({@link RecordingArrests}); each
 * {@code ResidentArrested} a notice in the inbox of the resident's unit ({@link NotifyingResidentArrests}). Every
 * other event type on the topic is not for the registry and is skipped without a trace but a counter.
 *
 * <p><b>Guarantees.</b> An event is handled at most once by event id ({@link IdempotentConsumer} over
 * {@link ProcessedEvents}, consumer {@value #CONSUMER}); a redelivery after a crash between the person write and the
 * mark is caught by the person itself (the history holds the source event id). The new event and its audit line
 * carry the reporting request's correlation id.
 *
 * <p><b>Failure modes.</b> A record that is not an envelope, a {@code SuspectArrested} of another schema version, a
 * payload that does not match, or a report the registry cannot record as sent ({@link InvalidArrestReport}) is a
 * {@link MalformedEventException}: parked at once in {@code hotspot.events.v1.DLT} with the reason (the platform's
 * error handler). A storage failure is retried with backoff, then parked the same way. A person the registry does
 * not know, or one of another province, is skipped with a WARN and counted
 * ({@code drugctl.registry.arrest.intake{outcome=unknown-person|other-province}}); so are recorded and already
 * recorded reports ({@code recorded}, {@code already-recorded}), resident notices ({@code notified},
 * {@code already-notified}) and other event types ({@code ignored}).
 */
@Component
public class HotspotEventsListener {
    public static final String TOPIC = "hotspot.events.v1";
    public static final String CONSUMER = "registry.arrest-intake";
    public static final String SUSPECT_ARRESTED = "SuspectArrested";
    public static final String RESIDENT_ARRESTED = "ResidentArrested";
    public static final String METRIC = "drugctl.registry.arrest.intake";
    private static final Logger log = LoggerFactory.getLogger(HotspotEventsListener.class);

    private final IdempotentConsumer consumer;
    private final EventEnvelopes envelopes;
    private final RecordingArrests arrests;
    private final NotifyingResidentArrests residents;
    private final MeterRegistry meters;

    public HotspotEventsListener(ProcessedEvents processed, EventEnvelopes envelopes, MeterRegistry meters,
                                 RecordingArrests arrests, NotifyingResidentArrests residents) {
        this.consumer = new IdempotentConsumer(CONSUMER, processed, envelopes, meters);
        this.envelopes = envelopes;
        this.arrests = arrests;
        this.residents = residents;
        this.meters = meters;
    }

    /** The payload of {@code SuspectArrested} v1 (substances and the instant are hotspot-service's, not kept). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SuspectArrested(String incidentId, String suspectId, String personId, LocalDate businessDate,
                           String arrestingUnitCode, List<String> acts, String outcome, String caseNumber) {
    }

    /** The payload of {@code ResidentArrested} v1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResidentArrested(String incidentId, String suspectId, String residenceUnitCode, String fullName,
                            Integer birthYear, LocalDate businessDate, String arrestingUnitCode) {
    }

    @KafkaListener(id = CONSUMER, topics = TOPIC, groupId = "registry-service",
            autoStartup = "${drugctl.registry.arrest-intake.enabled:true}")
    public void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        switch (envelope.eventType()) {
            case SUSPECT_ARRESTED -> consumer.accept(record.value(), this::handle);
            case RESIDENT_ARRESTED -> consumer.accept(record.value(), this::handleResident);
            default -> count("ignored");
        }
    }

    private void handleResident(EventEnvelope event) {
        requireVersion1(event);
        ResidentArrested payload = envelopes.payload(event, ResidentArrested.class);
        ResidentArrestReport report = new ResidentArrestReport(payload.incidentId(), payload.suspectId(),
                event.sequence(), payload.residenceUnitCode(), payload.fullName(), payload.birthYear(),
                payload.businessDate(), payload.arrestingUnitCode());
        try {
            NotifyingResidentArrests.Outcome outcome = residents.notify(report);
            if (outcome == NotifyingResidentArrests.Outcome.OTHER_PROVINCE) {
                log.warn("{} {}: residence unit {} is in another province than {}; not notified", RESIDENT_ARRESTED,
                        event.eventId(), payload.residenceUnitCode(), payload.arrestingUnitCode());
            } else {
                log.info("{} {}: {} of incident {} for unit {}", RESIDENT_ARRESTED, event.eventId(),
                        outcome.name().toLowerCase().replace('_', ' '), payload.incidentId(),
                        payload.residenceUnitCode());
            }
            count(outcome.name().toLowerCase().replace('_', '-'));
        } catch (InvalidArrestReport e) {
            count("invalid");
            throw new MalformedEventException(RESIDENT_ARRESTED + " " + event.eventId() + " cannot be taken: "
                    + e.getMessage(), e);
        }
    }

    private static void requireVersion1(EventEnvelope event) {
        if (event.schemaVersion() != 1) {
            throw new MalformedEventException(event.eventType() + " " + event.eventId() + " has schema version "
                    + event.schemaVersion() + "; the registry reads version 1", null);
        }
    }

    private void handle(EventEnvelope event) {
        requireVersion1(event);
        SuspectArrested payload = envelopes.payload(event, SuspectArrested.class);
        ArrestReport report = new ArrestReport(event.eventId(), payload.incidentId(), payload.suspectId(),
                payload.personId(), payload.businessDate(), payload.arrestingUnitCode(), payload.acts(),
                payload.outcome(), payload.caseNumber());
        try (var ignored = MDC.putCloseable(CorrelationId.MDC_KEY,
                CorrelationId.acceptOrCreate(event.correlationId()))) {
            RecordingArrests.Outcome outcome = arrests.record(report);
            switch (outcome) {
                case UNKNOWN_PERSON -> log.warn("{} {}: person {} is not in the registry; arrest of incident {} "
                        + "not recorded", SUSPECT_ARRESTED, event.eventId(), payload.personId(), payload.incidentId());
                case OTHER_PROVINCE -> log.warn("{} {}: person {} is managed in another province than {}; arrest "
                                + "of incident {} not recorded", SUSPECT_ARRESTED, event.eventId(), payload.personId(),
                        payload.arrestingUnitCode(), payload.incidentId());
                case RECORDED -> log.info("{} {}: arrest of incident {} recorded for person {}", SUSPECT_ARRESTED,
                        event.eventId(), payload.incidentId(), payload.personId());
                case ALREADY_RECORDED -> log.debug("{} {} already recorded for person {}", SUSPECT_ARRESTED,
                        event.eventId(), payload.personId());
            }
            count(outcome.name().toLowerCase().replace('_', '-'));
        } catch (InvalidArrestReport e) {
            count("invalid");
            throw new MalformedEventException(SUSPECT_ARRESTED + " " + event.eventId() + " cannot be recorded: "
                    + e.getMessage(), e);
        }
    }

    private void count(String outcome) {
        meters.counter(METRIC, "outcome", outcome).increment();
    }
}
