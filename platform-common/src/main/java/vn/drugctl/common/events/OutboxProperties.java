package vn.drugctl.common.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param collections      MongoDB collections holding aggregates with an outbox (searched by the full scan)
 * @param pollInterval     how often the relay looks for work when nobody woke it up
 * @param batchSize        documents delivered per query and bulk update
 * @param leaseTtl         how long one instance holds the full-scan lease
 * @param sendTimeout      how long to wait for Kafka to acknowledge one batch
 * @param maxBackoff       the longest pause between attempts while Kafka or MongoDB is unreachable
 * @param fullScanInterval how often the relay also scans the collections for documents with pending items (the
 *                         safety net for hints lost in a crash; see {@link OutboxRelay})
 * @param maxLag           health turns DOWN when the oldest item still to deliver is older than this
 */
@ConfigurationProperties("drugctl.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, int batchSize, Duration leaseTtl,
                               Duration sendTimeout, Duration maxBackoff, Duration fullScanInterval,
                               Duration maxLag) {
    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(15) : leaseTtl;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        fullScanInterval = fullScanInterval == null ? Duration.ofMinutes(5) : fullScanInterval;
        maxLag = maxLag == null ? Duration.ofMinutes(5) : maxLag;
    }
}
