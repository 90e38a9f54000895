package vn.drugctl.reporting.reconciliation.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.application.ProjectionStore;
import vn.drugctl.reporting.reconciliation.application.ReconcilingProjection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The reconciliation's beans: the two sources over HTTP and the use case over the projection's stores. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationConfiguration {
    public static final String REGISTRY = "registry-service";
    public static final String HOTSPOT = "hotspot-service";

    @Bean
    ReconcilingProjection reconcilingProjection(ReconciliationProperties properties, LedgerRecords ledgerRecords,
                                                ProjectionStore store, Counters counters, UnitCatalogue units,
                                                Clock clock,
                                                @Value("${drugctl.reporting.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new ReconcilingProjection(List.of(
                new HttpSource(REGISTRY, properties.registryUrl(), "/api/registry/reconciliation/units",
                        properties.connectTimeout(), properties.readTimeout()),
                new HttpSource(HOTSPOT, properties.hotspotUrl(), "/api/hotspots/reconciliation/units",
                        properties.connectTimeout(), properties.readTimeout())),
                ledgerRecords, store, counters, units, () -> LocalDate.now(clock.withZone(zone)));
    }
}
