package vn.drugctl.registry.reconciliation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.reconciliation.application.CountingForReconciliation;
import vn.drugctl.registry.reconciliation.infrastructure.mongo.MongoPersonPositions;

/** The reconciliation feature's beans: the positions read from the persons' collection and the use case. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfiguration {
    @Bean
    MongoPersonPositions mongoPersonPositions(MongoTemplate mongo) {
        return new MongoPersonPositions(mongo);
    }

    @Bean
    CountingForReconciliation countingForReconciliation(MongoPersonPositions positions, UnitCatalogue units,
                                                        PersonAudit audit, RegistryTime time) {
        return new CountingForReconciliation(positions, units, audit, time);
    }
}
