package vn.drugctl.reporting.drugfree;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.drugfree.application.DrugFreeEvaluations;
import vn.drugctl.reporting.drugfree.infrastructure.config.DrugFreeProperties;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.periodreport.application.MergedUnitsCounters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DrugFreeProperties.class)
class DrugFreeConfiguration {
    @Bean
    DrugFreeEvaluations drugFreeEvaluations(MergedUnitsCounters counters, LedgerRecords records, UnitCatalogue units,
                                            DrugFreeProperties properties, Clock clock,
                                            @Value("${drugctl.reporting.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new DrugFreeEvaluations(counters, records, units, properties.toRuleBook(),
                properties.toTargetBook(), () -> LocalDate.now(clock.withZone(zone)));
    }
}
