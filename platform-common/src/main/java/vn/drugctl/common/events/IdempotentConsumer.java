package vn.drugctl.common.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Runs a consumer's handler at most once per event id. Handlers must still be safe to re-run for the same event
 * (a crash between handling and marking redelivers it): use upserts guarded by {@code aggregateVersion}.
 * A handler that throws is retried with backoff by the listener container and then parked in
 * {@code <topic>.DLT} with the reason (see the error handler in the auto-configuration).
 */
public class IdempotentConsumer {
    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final String name;
    private final ProcessedEvents processed;
    private final EventEnvelopes envelopes;
    private final MeterRegistry meters;

    public IdempotentConsumer(String name, ProcessedEvents processed, EventEnvelopes envelopes, MeterRegistry meters) {
        this.name = name;
        this.processed = processed;
        this.envelopes = envelopes;
        this.meters = meters;
    }

    /** @return true when the handler ran, false for a duplicate delivery */
    public boolean accept(String recordValue, Consumer<EventEnvelope> handler) {
        EventEnvelope event = envelopes.read(recordValue);
        if (processed.contains(name, event.eventId())) {
            count("duplicate");
            log.debug("{} skips duplicate event {} {}", name, event.eventType(), event.eventId());
            return false;
        }
        handler.accept(event);
        processed.mark(name, event);
        count("processed");
        return true;
    }

    public EventEnvelopes envelopes() {
        return envelopes;
    }

    private void count(String outcome) {
        meters.counter("drugctl.events.consumed", "consumer", name, "outcome", outcome).increment();
    }
}
