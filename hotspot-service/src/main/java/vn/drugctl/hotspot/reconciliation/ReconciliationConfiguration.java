package vn.drugctl.hotspot.reconciliation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.hotspot.application.HotspotAudit;
import vn.drugctl.hotspot.reconciliation.application.CountingForReconciliation;
import vn.drugctl.hotspot.reconciliation.infrastructure.mongo.MongoRecordPositions;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.application.SurveillanceAudit;

/** The reconciliation feature's beans: the positions read from the service's collections and the use case. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfiguration {
    @Bean
    MongoRecordPositions mongoRecordPositions(MongoTemplate mongo) {
        return new MongoRecordPositions(mongo);
    }

    @Bean
    CountingForReconciliation countingForReconciliation(MongoRecordPositions positions, UnitCatalogue units,
                                                        HotspotAudit hotspotAudit, SurveillanceAudit surveillanceAudit,
                                                        BusinessTime time) {
        return new CountingForReconciliation(positions, units, hotspotAudit, surveillanceAudit, time);
    }
}
