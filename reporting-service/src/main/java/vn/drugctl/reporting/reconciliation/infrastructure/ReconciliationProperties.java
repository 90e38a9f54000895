package vn.drugctl.reporting.reconciliation.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Where the sources of the reconciliation answer ({@code drugctl.reconciliation.*}; env
 * {@code DRUGCTL_RECONCILIATION_REGISTRY_URL}, {@code ..._HOTSPOT_URL}): the services' API base URLs, called
 * directly (not through the gateway), and short timeouts, so a source that hangs fails the check quickly.
 */
@ConfigurationProperties("drugctl.reconciliation")
public record ReconciliationProperties(@DefaultValue("http://127.0.0.1:8081") URI registryUrl,
                                       @DefaultValue("http://127.0.0.1:8082") URI hotspotUrl,
                                       @DefaultValue("2s") Duration connectTimeout,
                                       @DefaultValue("10s") Duration readTimeout) {
}
