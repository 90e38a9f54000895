package vn.drugctl.common.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param collections MongoDB collections holding aggregates with an outbox
 * @param pollInterval how often the relay looks for pending events when nobody woke it up
 * @param batchSize documents read per round
 * @param leaseTtl how long one instance holds the relay lease (one relay per service at a time)
 * @param sendTimeout how long to wait for Kafka to acknowledge one batch
 * @param maxBackoff the longest pause between attempts while Kafka is unreachable
 * @param fullScanInterval how often the relay also scans the whole collections for pending events, besides
 *                         following the outbox markers (a safety net; see {@link OutboxRelay})
 */
@ConfigurationProperties("drugctl.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, int batchSize, Duration leaseTtl,
                               Duration sendTimeout, Duration maxBackoff, boolean enabled,
                               Duration fullScanInterval) {
    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(15) : leaseTtl;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        fullScanInterval = fullScanInterval == null ? Duration.ofMinutes(5) : fullScanInterval;
    }
}
