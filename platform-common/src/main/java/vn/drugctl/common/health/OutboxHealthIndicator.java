package vn.drugctl.common.health;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import vn.drugctl.common.events.OutboxProperties;
import vn.drugctl.common.events.OutboxRelay;

import java.time.Duration;

/**
 * The outbox relay in health ({@code outbox}): DOWN when its thread is gone, when the oldest event or record still
 * to deliver is older than {@code drugctl.outbox.max-lag}, or when events are parked because Kafka refuses them for
 * good; details give the figures and the last failure. Not part of readiness: while Kafka is down the service keeps
 * taking writes, which is what the outbox is for.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {
    private final OutboxRelay relay;
    private final OutboxProperties properties;

    public OutboxHealthIndicator(OutboxRelay relay, OutboxProperties properties) {
        super("Outbox relay status unavailable");
        this.relay = relay;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxRelay.Status s = relay.status();
        Duration age = s.oldestUndeliveredAge();
        boolean down = (s.running() && !s.workerAlive()) || age.compareTo(properties.maxLag()) > 0 || s.parked() > 0;
        (down ? builder.down() : builder.up())
                .withDetail("relayRunning", s.running() && s.workerAlive())
                .withDetail("documentsWaiting", s.pendingDocuments())
                .withDetail("oldestUndeliveredSeconds", age.toSeconds())
                .withDetail("maxLagSeconds", properties.maxLag().toSeconds())
                .withDetail("parkedEvents", s.parked());
        if (s.lastParkedReason() != null) {
            builder.withDetail("lastParkedReason", s.lastParkedReason());
        }
        if (s.lastFailure() != null) {
            builder.withDetail("lastFailure", s.lastFailure()).withDetail("lastFailureAt", s.lastFailureAt().toString());
        }
    }
}
